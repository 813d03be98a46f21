// Handler inputs of frameworks no rule names one by one (inputs/java.yaml), through the SQL and
// command rules
package com.example.inputs;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.jooby.Context;
import io.jooby.Jooby;
import java.sql.Connection;
import java.sql.Statement;
import javax.jms.Message;
import javax.jms.MessageListener;
import javax.jms.TextMessage;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;

public class ClaimsApp extends Jooby {
  private final Connection db;

  public ClaimsApp(Connection db) {
    this.db = db;
    get("/claims", ctx -> {
      String vessel = ctx.query("vessel").value();
      Statement st = db.createStatement();
      // ruleid: trace.java.sql-injection.tainted-query
      return st.executeQuery("SELECT * FROM claims WHERE vessel = '" + vessel + "'");
    });
    get("/login/complete", ctx -> {
      // ruleid: trace.java.open-redirect.tainted-redirect
      return ctx.sendRedirect(ctx.query("next").value("/home"));
    });
    get("/login/home", ctx -> {
      // ok: trace.java.open-redirect.tainted-redirect
      return ctx.sendRedirect("/portal/home");
    });
    get("/claims/page", ctx -> {
      int page = ctx.query("page").intValue();
      Statement st = db.createStatement();
      // ok: trace.java.sql-injection.tainted-query
      return st.executeQuery("SELECT * FROM claims LIMIT 20 OFFSET " + (page * 20));
    });
  }

  public Object surveyor(Context ctx) throws Exception {
    String name = ctx.path("name").value();
    // ruleid: trace.java.sql-injection.tainted-query
    return db.createStatement().executeQuery("SELECT * FROM surveyors WHERE name = '" + name + "'");
  }

  @QueryMapping
  public Object policies(@Argument String holder, @Argument Long limit) throws Exception {
    Statement st = db.createStatement();
    // ruleid: trace.java.sql-injection.tainted-query
    st.executeQuery("SELECT * FROM policies WHERE holder = '" + holder + "'");
    // ok: trace.java.sql-injection.tainted-query
    return st.executeQuery("SELECT * FROM policies LIMIT " + limit);
  }

  public DataFetcher<Object> claimsByPort() {
    return env -> {
      String port = env.getArgument("port");
      // ruleid: trace.java.sql-injection.tainted-query
      return db.createStatement().executeQuery("SELECT * FROM claims WHERE port = '" + port + "'");
    };
  }

  public Object fromSettings(java.util.Properties settings) throws Exception {
    String table = settings.getProperty("table");
    // ok: trace.java.sql-injection.tainted-query
    return db.createStatement().executeQuery("SELECT * FROM " + table);
  }
}

class ManifestProcessor implements Processor {
  @Override
  public void process(Exchange exchange) throws Exception {
    String carrier = exchange.getIn().getHeader("carrier", String.class);
    // ruleid: trace.java.command-injection.tainted-command
    Runtime.getRuntime().exec("edi-fetch --carrier " + carrier);
  }
}

class SurveyListener implements MessageListener {
  private final Connection db;

  SurveyListener(Connection db) {
    this.db = db;
  }

  public void onMessage(Message message) {
    try {
      String ref = ((TextMessage) message).getText();
      // ruleid: trace.java.sql-injection.tainted-query
      db.createStatement().executeQuery("SELECT * FROM surveys WHERE ref = '" + ref + "'");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

class RecordHandler {
  void handle(ConsumerRecord<String, String> record) throws Exception {
    // ruleid: trace.java.command-injection.tainted-command
    new ProcessBuilder("sh", "-c", "notify " + record.value()).start();
  }
}

// Ratpack: path tokens, query parameters, a parsed form; an HTML response and a redirect
class TicketHandlers {
  private java.sql.Connection db;

  void show(ratpack.handling.Context ctx) throws Exception {
    String ticketNo = ctx.getPathTokens().get("ticketNo");
    // ruleid: trace.java.sql-injection.tainted-query
    db.createStatement().executeQuery("SELECT * FROM tickets WHERE no = '" + ticketNo + "'");
    String file = ctx.getRequest().getQueryParams().getOrDefault("file", "x.pdf");
    // ruleid: trace.java.command-injection.tainted-command
    new ProcessBuilder("sh", "-c", "lp " + file).start();
    // ruleid: trace.java.xss.tainted-servlet-output
    ctx.getResponse().send("text/html;charset=UTF-8", "<h1>" + ticketNo + "</h1>");
    // ok: trace.java.xss.tainted-servlet-output
    ctx.getResponse().send("text/plain", ticketNo);
  }

  void login(ratpack.handling.Context ctx) {
    ctx.parse(Form.class).then(form -> {
      String returnTo = form.get("returnTo");
      // ruleid: trace.java.open-redirect.tainted-redirect
      ctx.redirect(returnTo);
    });
  }
}

// Armeria's annotated service: @Param, @Header and @RequestObject on a route method; a MyBatis
// mapper's @Param names SQL parameters, on no route
class KioskService {
  private java.sql.Connection db;

  @Get("/lots/{accession}")
  public HttpResponse lot(@Param("accession") String accession, @Param("page") int page) throws Exception {
    // ruleid: trace.java.sql-injection.tainted-query
    db.createStatement().executeQuery("SELECT * FROM lots WHERE accession = '" + accession + "'");
    // ok: trace.java.sql-injection.tainted-query
    db.createStatement().executeQuery("SELECT * FROM lots LIMIT 20 OFFSET " + page * 20);
    return HttpResponse.of(200);
  }

  @Post("/labels/print")
  @ProducesJson
  public HttpResponse print(@Header("x-kiosk") String kiosk, @RequestObject PrintRequest request) throws Exception {
    // ruleid: trace.java.command-injection.tainted-command
    new ProcessBuilder("sh", "-c", "lp -t '" + request.jobName + "'").start();
    // ruleid: trace.java.command-injection.tainted-command
    new ProcessBuilder("sh", "-c", "logger " + kiosk).start();
    return HttpResponse.of(200);
  }
}

interface LotMapper {
  @Select("SELECT * FROM lots WHERE accession = #{accession}")
  Lot find(@Param("accession") String accession);

  default void purge(@Param("species") String species, java.sql.Connection db) throws Exception {
    // ok: trace.java.sql-injection.tainted-query
    db.createStatement().executeUpdate("DELETE FROM lots WHERE species = '" + species + "'");
  }
}
