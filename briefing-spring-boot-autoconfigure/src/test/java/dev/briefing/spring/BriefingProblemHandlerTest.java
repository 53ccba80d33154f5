package dev.briefing.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.spring.internal.InputTooLargeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;

class BriefingProblemHandlerTest {

  private final BriefingProblemHandler handler = new BriefingProblemHandler(List.of());

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    ResponseEntity<ProblemDetail> answer = handler.unreadable(new HttpMessageNotReadableException(
        "too large", new InputTooLargeException(10), new MockHttpInputMessage(new byte[0])));
    assertThat(answer.getStatusCode().value()).isEqualTo(413);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(answer.getBody().getDetail()).contains("limit of 10 bytes");
  }

  @Test
  void aFailureItCannotPlaceIsLeftToSpring() {
    HttpMessageNotReadableException other = new HttpMessageNotReadableException(
        "no body", new IllegalStateException("x"), new MockHttpInputMessage(new byte[0]));
    assertThatThrownBy(() -> handler.unreadable(other)).isSameAs(other);
  }

  @Test
  void aBriefingRejectedByValidListsEveryViolation() throws Exception {
    Briefing briefing = SeedBriefing.briefing();
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(briefing, "briefing");
    errors.addError(new FieldError("briefing", "signal", "must not be blank"));
    errors.reject("ImpactsInOrder", "impacts must be in order");
    ResponseEntity<ProblemDetail> answer = handler.invalid(new MethodArgumentNotValidException(parameter(), errors));
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().getProperties()).containsEntry("violations", List.of(
        Map.of("path", "", "message", "impacts must be in order"),
        Map.of("path", "signal", "message", "must not be blank")));
  }

  @Test
  void anotherTypeRejectedByValidIsLeftToSpring() throws Exception {
    BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new StringBuilder(), "text");
    errors.reject("x", "y");
    MethodArgumentNotValidException other = new MethodArgumentNotValidException(parameter(), errors);
    assertThatThrownBy(() -> handler.invalid(other)).isSameAs(other);
  }

  private static MethodParameter parameter() throws NoSuchMethodException {
    return new MethodParameter(BriefingProblemHandlerTest.class.getDeclaredMethod("accept", Briefing.class), 0);
  }

  @SuppressWarnings("unused")
  private static void accept(Briefing briefing) {}
}
