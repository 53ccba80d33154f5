package dev.briefing.examples.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A briefing service: the starter and {@link BriefingController}, nothing else.
 *
 * <pre>{@code
 * java -jar examples/spring-boot-service/target/briefing-example-service.jar
 * curl -H 'Accept: text/markdown' localhost:8080/briefings/karpathy
 * }</pre>
 */
@SpringBootApplication
public class BriefingService {

  /** @param args Spring Boot's command-line arguments, such as {@code --server.port=9090} */
  public static void main(String[] args) {
    SpringApplication.run(BriefingService.class, args);
  }
}
