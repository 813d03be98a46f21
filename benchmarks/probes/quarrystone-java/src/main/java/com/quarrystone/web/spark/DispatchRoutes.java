package com.quarrystone.web.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.quarrystone.config.TemplateRenderer;
import com.quarrystone.domain.DispatchOrder;
import com.quarrystone.dto.DispatchRequest;
import com.quarrystone.service.DispatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import spark.Request;
import spark.Response;
import spark.Service;

/** Dispatcher console API and board page. */
public class DispatchRoutes {

    private final DispatchService dispatch;
    private final TemplateRenderer renderer;
    private final ObjectMapper mapper;

    public DispatchRoutes(DispatchService dispatch, TemplateRenderer renderer, ObjectMapper mapper) {
        this.dispatch = dispatch;
        this.renderer = renderer;
        this.mapper = mapper;
    }

    public void register(Service http) {
        http.path("/dispatch", () -> {
            http.post("", this::book);
            http.get("/board", this::boardJson);
            http.get("/board/page", this::boardPage);
            http.get("/site/:site", this::siteQueue);
            http.get("/:id", this::show);
            http.post("/:id/cancel", this::cancel);
        });
    }

    private Object book(Request req, Response res) throws Exception {
        DispatchRequest body = mapper.readValue(req.body(), DispatchRequest.class);
        DispatchOrder created = dispatch.book(body);
        res.status(201);
        res.type("application/json");
        return mapper.writeValueAsString(created);
    }

    private Object boardJson(Request req, Response res) throws Exception {
        List<DispatchOrder> orders = dispatch.board(req.queryParams("sort"), req.queryParams("dir"));
        res.type("application/json");
        return mapper.writeValueAsString(orders);
    }

    private Object boardPage(Request req, Response res) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("orders", dispatch.board(null, "asc"));
        model.put("highlight", Optional.ofNullable(req.queryParams("highlight")).orElse("0"));
        model.put("siteCode", Optional.ofNullable(req.queryParams("site")).orElse(""));
        model.put("operator", req.session().attribute("operator"));
        res.type("text/html;charset=UTF-8");
        return renderer.page("dispatch_board", model);
    }

    private Object siteQueue(Request req, Response res) throws Exception {
        List<DispatchOrder> orders = dispatch.siteQueue(req.params(":site"), req.queryParams("sort"));
        res.type("application/json");
        return mapper.writeValueAsString(orders);
    }

    private Object show(Request req, Response res) throws Exception {
        long id;
        try {
            id = Long.parseLong(req.params(":id"));
        } catch (NumberFormatException e) {
            res.status(400);
            return "{\"error\":\"id must be numeric\"}";
        }
        Optional<DispatchOrder> order = dispatch.find(id);
        res.type("application/json");
        if (order.isEmpty()) {
            res.status(404);
            return "{\"error\":\"not found\"}";
        }
        return mapper.writeValueAsString(order.get());
    }

    private Object cancel(Request req, Response res) throws Exception {
        dispatch.cancel(Long.parseLong(req.params(":id")));
        res.status(204);
        return "";
    }
}
