package com.ledgerbay.struts;

import com.ledgerbay.config.ServiceRegistry;
import com.ledgerbay.domain.BrokerAccount;
import com.ledgerbay.domain.Filing;
import com.ledgerbay.domain.LineItem;
import com.opensymphony.xwork2.ActionSupport;
import javax.servlet.http.HttpSession;
import org.apache.struts2.ServletActionContext;

import java.util.List;
import java.util.Optional;

/**
 * Read-only entry summary (7501 view) shared by broker staff and the importer's own users.
 */
public class EntrySummaryAction extends ActionSupport {

    private final transient ServiceRegistry services = ServiceRegistry.get();

    private String entryNumber;
    private Filing filing;
    private List<LineItem> lines = List.of();
    private BrokerAccount broker;

    @Override
    public String execute() {
        HttpSession session = ServletActionContext.getRequest().getSession(false);
        if (session == null) {
            return LOGIN;
        }
        Long brokerId = (Long) session.getAttribute("brokerId");
        Long importerId = (Long) session.getAttribute("importerId");
        if (brokerId == null && importerId == null) {
            return LOGIN;
        }
        Optional<Filing> found = services.filings.byEntryNumber(entryNumber == null ? "" : entryNumber.trim());
        if (found.isEmpty() || !visibleTo(found.get(), brokerId, importerId)) {
            addActionError(getText("entry.notFound"));
            return INPUT;
        }
        filing = found.get();
        lines = filing.getLineItems();
        broker = services.accounts.find(filing.getBrokerId()).orElse(null);
        return SUCCESS;
    }

    private static boolean visibleTo(Filing f, Long brokerId, Long importerId) {
        if (brokerId != null) {
            return brokerId.equals(f.getBrokerId());
        }
        return f.getImporter() != null && importerId.equals(f.getImporter().getId());
    }

    public String getEntryNumber() { return entryNumber; }
    public void setEntryNumber(String entryNumber) { this.entryNumber = entryNumber; }
    public Filing getFiling() { return filing; }
    public List<LineItem> getLines() { return lines; }
    public BrokerAccount getBroker() { return broker; }
}
