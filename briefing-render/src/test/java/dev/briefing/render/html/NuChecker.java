package dev.briefing.render.html;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The W3C Nu HTML checker, run in-process; collects errors, ignores warnings. */
final class NuChecker {
  private final SimpleDocumentValidator validator = new SimpleDocumentValidator();
  private final List<String> errors = new ArrayList<>();

  NuChecker() throws Exception {
    ErrorHandler handler = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
    validator.setUpValidatorAndParsers(handler, false, false);
  }

  /** @return every error the checker reports for the document */
  List<String> errors(String html) throws Exception {
    errors.clear();
    InputSource source = new InputSource(new StringReader(html));
    source.setEncoding("UTF-8");
    validator.checkHtmlInputSource(source);
    return List.copyOf(errors);
  }
}
