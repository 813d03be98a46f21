import io.quarkus.qute.Engine;
import io.quarkus.qute.Qute;
import java.util.Map;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.text.StringSubstitutor;
import org.mvel2.MVEL;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.*;

// expression languages, template engines and SQL clients that take request text as code
@RestController
class FormulaController {
    private final DatabaseClient db;
    private final JdbcClient jdbc;
    private final Engine qute;
    private final JexlEngine jexl = new JexlBuilder().create();

    FormulaController(DatabaseClient db, JdbcClient jdbc, Engine qute) {
        this.db = db;
        this.jdbc = jdbc;
        this.qute = qute;
    }

    @PostMapping("/dose")
    Object dose(@RequestParam String formula, @RequestParam double weight) {
        // ruleid: trace.java.code-injection.tainted-expression
        Object dose = MVEL.eval(formula, Map.of("weight", weight));
        // ok: trace.java.code-injection.tainted-expression
        Object fixed = MVEL.eval("weight * 2", Map.of("weight", weight));
        // ruleid: trace.java.code-injection.tainted-expression
        Object viaJexl = jexl.createExpression(formula).evaluate(null);
        return dose;
    }

    @PostMapping("/ack")
    String ack(@RequestParam String remarks) {
        // ruleid: trace.java.code-injection.tainted-expression
        String text = StringSubstitutor.createInterpolator().replace(remarks);
        StringSubstitutor sub = StringSubstitutor.createInterpolator();
        // ruleid: trace.java.code-injection.tainted-expression
        String again = sub.replace("Remarks: " + remarks);
        // ok: trace.java.code-injection.tainted-expression
        String plain = new StringSubstitutor(Map.of("who", remarks)).replace("Acknowledged by ${who}");
        return text + again + plain;
    }

    @PostMapping("/label")
    String label(@RequestParam String layout, @RequestParam String name) {
        // ruleid: trace.java.template-injection.tainted-template-source
        String out = qute.parse(layout).data("name", name).render();
        // ok: trace.java.template-injection.tainted-template-source
        String fixed = qute.parse("Label for {name}").data("name", name).render();
        // ruleid: trace.java.template-injection.tainted-template-source
        String quick = Qute.fmt(layout, Map.of("name", name));
        return out + fixed + quick;
    }

    @GetMapping("/orders")
    Object orders(@RequestParam String supplier) {
        String sql = "SELECT po_number FROM purchase_order WHERE supplier_code = '" + supplier + "'";
        // ruleid: trace.java.sql-injection.tainted-query
        Object all = db.sql(sql).fetch().all();
        // ok: trace.java.sql-injection.tainted-query
        Object bound = db.sql("SELECT po_number FROM purchase_order WHERE supplier_code = :s").bind("s", supplier).fetch().all();
        // ruleid: trace.java.sql-injection.tainted-query
        Object listed = jdbc.sql("SELECT * FROM drug WHERE name LIKE '%" + supplier + "%'").query().listOfRows();
        return all;
    }
}
