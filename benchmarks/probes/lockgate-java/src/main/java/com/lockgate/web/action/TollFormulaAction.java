package com.lockgate.web.action;

import com.lockgate.service.PricingService;
import com.opensymphony.xwork2.ActionContext;
import com.opensymphony.xwork2.ActionSupport;

import java.util.Map;

/**
 * Finance staff at each waterway company maintain their toll rule here.
 */
public class TollFormulaAction extends ActionSupport {

    private String waterway;
    private String formula;

    private final PricingService pricing = new PricingService();

    @Override
    public String execute() {
        Map<String, Object> session = ActionContext.getContext().getSession();
        Object user = session.get("skipperEmail");
        if (user == null) {
            return LOGIN;
        }
        if (formula == null || formula.length() > 500) {
            addFieldError("formula", "Formula is required (max 500 characters)");
            return INPUT;
        }
        pricing.updateFormula(waterway, formula, user.toString());
        addActionMessage("Tariff for " + waterway + " updated");
        return SUCCESS;
    }

    public void setWaterway(String waterway) { this.waterway = waterway; }
    public void setFormula(String formula) { this.formula = formula; }

    public String getWaterway() { return waterway; }
    public String getFormula() { return formula; }
}
