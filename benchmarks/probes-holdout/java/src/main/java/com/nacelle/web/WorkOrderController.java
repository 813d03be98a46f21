package com.nacelle.web;

import java.util.List;

import com.nacelle.domain.WorkOrder;
import com.nacelle.dto.WorkOrderForm;
import com.nacelle.service.WorkOrderService;
import com.nacelle.web.ViewStateCodec.ViewState;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/workorders")
public class WorkOrderController {

    private static final String VIEW_COOKIE = "wo_view";

    private final WorkOrderService workOrderService;
    private final ViewStateCodec viewStateCodec;

    public WorkOrderController(WorkOrderService workOrderService, ViewStateCodec viewStateCodec) {
        this.workOrderService = workOrderService;
        this.viewStateCodec = viewStateCodec;
    }

    @GetMapping
    public String list(@RequestParam(name = "q", required = false) String query,
                       @RequestParam(required = false) String status,
                       @RequestParam(required = false) Long technician,
                       @CookieValue(name = VIEW_COOKIE, required = false) String viewCookie,
                       HttpServletResponse response,
                       Model model) {
        ViewState view = viewStateCodec.decode(viewCookie);
        String effectiveStatus = status != null ? status : view.status();
        List<WorkOrder> orders = workOrderService.search(effectiveStatus, technician, query);

        ViewState updated = new ViewState(effectiveStatus, view.sort(), view.pageSize(), view.columns());
        Cookie cookie = new Cookie(VIEW_COOKIE, viewStateCodec.encode(updated));
        cookie.setHttpOnly(true);
        cookie.setPath("/workorders");
        cookie.setMaxAge(60 * 60 * 24 * 90);
        response.addCookie(cookie);

        model.addAttribute("orders", orders);
        model.addAttribute("query", query);
        model.addAttribute("status", effectiveStatus);
        model.addAttribute("view", updated);
        return "workorders/list";
    }

    @GetMapping("/{id}")
    public String detail(@PathVariable long id, Model model) {
        model.addAttribute("order", workOrderService.require(id));
        model.addAttribute("signOff", new WorkOrderForm());
        return "workorders/detail";
    }

    @GetMapping("/new")
    public String newForm(@RequestParam(required = false) Long turbineId, Model model) {
        WorkOrderForm form = new WorkOrderForm();
        form.setTurbineId(turbineId);
        model.addAttribute("form", form);
        return "workorders/detail";
    }

    @PostMapping
    public String create(@Valid @ModelAttribute("form") WorkOrderForm form, BindingResult binding,
                         RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "workorders/detail";
        }
        long id = workOrderService.create(form);
        redirect.addFlashAttribute("message", "Work order created");
        if (form.getReturnUrl() != null && !form.getReturnUrl().isBlank()) {
            return "redirect:" + form.getReturnUrl(); // VULN redirect
        }
        return "redirect:/workorders/" + id;
    }

    @PostMapping("/{id}/assign")
    public String assign(@PathVariable long id, @RequestParam long technicianId, RedirectAttributes redirect) {
        workOrderService.assign(id, technicianId);
        redirect.addFlashAttribute("message", "Assigned; job card ready to print");
        return "redirect:/workorders/" + id;
    }

    @PostMapping("/sign-off")
    public String signOff(@ModelAttribute("signOff") WorkOrderForm form, @RequestParam long technicianId,
                          RedirectAttributes redirect) {
        WorkOrder order = workOrderService.signOff(form.getSignOffToken(), technicianId);
        redirect.addFlashAttribute("message", "Signed off " + order.reference());
        return "redirect:/workorders/" + order.id();
    }
}
