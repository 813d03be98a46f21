package com.ledgerbay.struts;

import com.ledgerbay.config.ServiceRegistry;
import com.ledgerbay.domain.Importer;
import com.opensymphony.xwork2.ActionSupport;
import org.apache.struts2.ServletActionContext;

import java.util.List;

/**
 * Importer-of-record directory for broker staff.
 */
public class ImporterSearchAction extends ActionSupport {

    private final transient ServiceRegistry services = ServiceRegistry.get();

    private String query;
    private String country = "US";
    private String sort = "name";
    private boolean desc;
    private List<Importer> results = List.of();

    @Override
    public String execute() {
        if (ServletActionContext.getRequest().getSession().getAttribute("brokerId") == null) {
            return LOGIN;
        }
        if (query != null && !query.isBlank()) {
            results = services.importerRepository.findByName(query.trim(), 100);
        } else {
            results = services.importerRepository.listSorted(country, sort, desc);
        }
        return SUCCESS;
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public boolean isDesc() { return desc; }
    public void setDesc(boolean desc) { this.desc = desc; }
    public List<Importer> getResults() { return results; }
}
