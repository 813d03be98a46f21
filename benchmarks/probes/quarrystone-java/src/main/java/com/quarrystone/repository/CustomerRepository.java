package com.quarrystone.repository;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import com.quarrystone.domain.Customer;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Trade customer accounts and their portal settings. */
public class CustomerRepository {

    private final DSLContext dsl;

    public CustomerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Customer> findById(long id) {
        return dsl.select()
                .from(table("customer"))
                .where(field("id").eq(id))
                .fetchOptional()
                .map(CustomerRepository::map);
    }

    public Optional<Customer> findByAccountCode(String accountCode) {
        return dsl.select()
                .from(table("customer"))
                .where(field("account_code").eq(accountCode))
                .fetchOptional()
                .map(CustomerRepository::map);
    }

    public List<Customer> withWebhooks() {
        return dsl.select()
                .from(table("customer"))
                .where(field("webhook_url").isNotNull())
                .fetch()
                .map(CustomerRepository::map);
    }

    public void updateTradingName(long id, String tradingName) {
        dsl.update(table("customer")).set(field("trading_name"), tradingName).where(field("id").eq(id)).execute();
    }

    public void updateInvoiceFooter(long id, String footer) {
        dsl.update(table("customer")).set(field("invoice_footer"), footer).where(field("id").eq(id)).execute();
    }

    public void updateWebhookUrl(long id, String url) {
        dsl.update(table("customer")).set(field("webhook_url"), url).where(field("id").eq(id)).execute();
    }

    private static Customer map(Record r) {
        Customer c = new Customer();
        c.setId(r.get("id", Long.class));
        c.setAccountCode(r.get("account_code", String.class));
        c.setTradingName(r.get("trading_name", String.class));
        c.setContactEmail(r.get("contact_email", String.class));
        c.setInvoiceFooter(r.get("invoice_footer", String.class));
        c.setWebhookUrl(r.get("webhook_url", String.class));
        Boolean hold = r.get("credit_hold", Boolean.class);
        c.setCreditHold(hold != null && hold);
        return c;
    }
}
