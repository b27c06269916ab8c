// Review a form from Java through the binding (docs/java.md): load it, add a custom check
// written as a Java lambda, check it under the national profile and print the findings.
// Run: java -cp jixiao.jar:/usr/share/java/jna.jar -Djna.library.path=DIR CheckForm.java FORM.json
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jixiao.CustomFinding;
import org.jixiao.Finding;
import org.jixiao.Form;
import org.jixiao.JixiaoException;
import org.jixiao.Report;
import org.jixiao.Ruleset;
import org.jixiao.Severity;

public final class CheckForm {
  public static void main(String[] args) throws Exception {
    // Handles are AutoCloseable: try-with-resources frees the native memory.
    try (Form form = Form.load(Path.of(args[0]), "json"); Ruleset rules = new Ruleset()) {
      // A custom check: at most `maximum` indicators (a parameter a rule configuration
      // may override). It gets the form as parsed jixiao.form/1 JSON.
      rules.addCheck("ORG-COUNT", Severity.WARNING, "指标数量", "indicator count", Map.of("maximum", "20"),
          (f, parameters) -> {
            int count = ((List<?>) f.get("indicators")).size();
            if (count <= Integer.parseInt(parameters.get("maximum"))) return List.of();
            return List.of(new CustomFinding("/indicators", "指标{n}个，过多", "{n} indicators, too many",
                Map.of("n", Integer.toString(count)), "≤" + parameters.get("maximum"), Integer.toString(count)));
          });
      Report report = form.check(rules);
      for (Finding f : report.findings()) {
        System.out.println(f.path() + ": " + f.severity().key() + "[" + f.id() + "]: " + f.message());
      }
      BigDecimal score = report.score();  // exact, never double
      System.out.println("审核得分 " + score + "，等级 " + report.reviewGradeZh());
    } catch (JixiaoException e) {  // the status code and the library's message
      System.err.println(e.status() + ": " + e.getMessage());
      System.exit(2);
    }
  }
}
