package com.quarrystone.web.ratpack;

import com.quarrystone.config.AppConfig;
import com.quarrystone.config.TemplateRenderer;
import com.quarrystone.domain.Customer;
import com.quarrystone.domain.WeighTicket;
import com.quarrystone.repository.CustomerRepository;
import com.quarrystone.service.DocumentStore;
import com.quarrystone.service.LabelPrintService;
import com.quarrystone.service.TicketService;
import com.quarrystone.util.Html;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ratpack.exec.Blocking;
import ratpack.form.Form;
import ratpack.func.Action;
import ratpack.handling.Chain;
import ratpack.handling.Context;
import ratpack.util.MultiValueMap;

/** Weighbridge office screens: ticket search, ticket detail, documents and printing. */
public class TicketHandlers implements Action<Chain> {

    private final TicketService tickets;
    private final CustomerRepository customers;
    private final DocumentStore documents;
    private final LabelPrintService printing;
    private final TemplateRenderer renderer;
    private final AppConfig config;

    public TicketHandlers(TicketService tickets, CustomerRepository customers, DocumentStore documents,
                          LabelPrintService printing, TemplateRenderer renderer, AppConfig config) {
        this.tickets = tickets;
        this.customers = customers;
        this.documents = documents;
        this.printing = printing;
        this.renderer = renderer;
        this.config = config;
    }

    @Override
    public void execute(Chain chain) {
        chain.get("tickets", this::search)
             .get("tickets/:ticketNo", this::view)
             .post("tickets/:ticketNo/note", this::saveNote)
             .get("tickets/:ticketNo/delivery-note", this::deliveryNote)
             .get("tickets/:ticketNo/label", this::label)
             .post("tickets/:ticketNo/print", this::print)
             .post("tickets/:ticketNo/reprint", this::reprint)
             .get("weigh-slips/:file", this::weighSlip)
             .get("customers/:id/badge", this::customerBadge);
    }

    private void search(Context ctx) {
        MultiValueMap<String, String> q = ctx.getRequest().getQueryParams();
        String haulier = q.get("haulier");
        String site = q.getOrDefault("site", config.get("quarrystone.site.default"));
        LocalDate from = date(q.get("from"));
        LocalDate to = date(q.get("to"));
        int limit = intOr(q.get("limit"), 100);
        Blocking.get(() -> tickets.search(haulier, site, from, to, limit)).then(list -> {
            Map<String, Object> model = new HashMap<>();
            model.put("tickets", list);
            model.put("haulier", haulier);
            model.put("site", site);
            ctx.getResponse().contentType("text/html;charset=UTF-8").send(renderer.page("ticket_search", model));
        });
    }

    private void view(Context ctx) {
        String ticketNo = ctx.getPathTokens().get("ticketNo");
        Blocking.get(() -> tickets.find(ticketNo)).then(found -> {
            if (found.isEmpty()) {
                ctx.clientError(404);
                return;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("ticket", found.get());
            ctx.getResponse().contentType("text/html;charset=UTF-8").send(renderer.page("ticket", model));
        });
    }

    private void saveNote(Context ctx) {
        String ticketNo = ctx.getPathTokens().get("ticketNo");
        ctx.parse(Form.class).then(form -> {
            String note = form.get("driverNote");
            Blocking.op(() -> tickets.updateDriverNote(ticketNo, note))
                    .then(() -> ctx.redirect("/tickets/" + ticketNo));
        });
    }

    private void deliveryNote(Context ctx) {
        String ticketNo = ctx.getPathTokens().get("ticketNo");
        String file = ctx.getRequest().getQueryParams().getOrDefault("file", ticketNo + ".pdf");
        Blocking.get(() -> documents.readDeliveryNote(file)).then(pdf ->
                ctx.getResponse().contentType("application/pdf").send(pdf));
    }

    private void weighSlip(Context ctx) {
        String file = ctx.getPathTokens().get("file");
        Path slip = documents.weighSlipPath(file);
        ctx.getResponse().sendFile(slip); // SAFE path
    }

    private void label(Context ctx) {
        String ticketNo = ctx.getPathTokens().get("ticketNo");
        Blocking.get(() -> tickets.find(ticketNo)).then(found -> {
            WeighTicket t = found.orElseThrow(() -> new IllegalArgumentException("unknown ticket"));
            String html = "<div class=\"label\"><h2>" + Html.escape(t.getTicketNo()) + "</h2><p>" + Html.escape(t.getHaulierName()) + " &middot; " + Html.escape(t.getTruckReg()) + "</p><p>" + t.netTonnes() + " t</p></div>";
            ctx.getResponse().send("text/html;charset=UTF-8", html); // SAFE xss
        });
    }

    private void customerBadge(Context ctx) {
        long id = Long.parseLong(ctx.getPathTokens().get("id"));
        Blocking.get(() -> customers.findById(id)).then(found -> {
            Optional<Customer> c = found;
            if (c.isEmpty()) {
                ctx.clientError(404);
                return;
            }
            String hold = c.get().isCreditHold() ? " badge-hold" : "";
            ctx.getResponse().send("text/html;charset=UTF-8", "<span class=\"badge" + hold + "\">" + c.get().getTradingName() + "</span>"); // VULN xss
        });
    }

    private void print(Context ctx) {
        String ticketNo = ctx.getPathTokens().get("ticketNo");
        ctx.parse(Form.class).then(form -> {
            String printer = form.get("printer");
            int copies = intOr(form.get("copies"), 1);
            Blocking.get(() -> {
                WeighTicket t = tickets.find(ticketNo).orElseThrow(() -> new IllegalArgumentException("unknown ticket"));
                Path pdf = config.deliveryNotesDir().resolve(t.getTicketNo() + ".pdf");
                return printing.printTicket(printer, copies, pdf);
            }).then(exit -> ctx.render(exit == 0 ? "Sent to printer" : "Printer error " + exit));
        });
    }

    private void reprint(Context ctx) {
        String ticketNo = ctx.getPathTokens().get("ticketNo");
        ctx.parse(Form.class).then(form -> {
            String printer = form.get("printer");
            Blocking.get(() -> {
                WeighTicket t = tickets.find(ticketNo).orElseThrow(() -> new IllegalArgumentException("unknown ticket"));
                return printing.reprint(printer, config.deliveryNotesDir().resolve(t.getTicketNo() + ".pdf"));
            }).then(exit -> ctx.render(exit == 0 ? "Reprinted" : "Printer error " + exit));
        });
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int intOr(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static List<String> knownPrinters(AppConfig config) {
        return config.getList("quarrystone.printers");
    }
}
