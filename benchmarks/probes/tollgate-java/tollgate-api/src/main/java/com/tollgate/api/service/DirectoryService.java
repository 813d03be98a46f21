package com.tollgate.api.service;

import java.util.List;
import javax.naming.NamingException;
import javax.naming.directory.*;
import lombok.RequiredArgsConstructor;
import org.springframework.ldap.core.*;
import org.springframework.stereotype.Service;
import static org.springframework.ldap.query.LdapQueryBuilder.query;

@Service
@RequiredArgsConstructor
public class DirectoryService {

    public record DirectoryEntry(String uid, String displayName, String mail) {}

    private static final AttributesMapper<DirectoryEntry> ENTRY =
            attrs -> new DirectoryEntry(text(attrs, "uid"), text(attrs, "cn"), text(attrs, "mail"));

    private final LdapTemplate ldap;

    public List<DirectoryEntry> findCustomers(String surname) {
        String filter = "(&(objectClass=tollgateCustomer)(sn=" + surname.strip() + "*))";
        return ldap.search("ou=customers", filter, ENTRY); // VULN ldap
    }

    public List<DirectoryEntry> findFleetDrivers(String fleetId) {
        var q = query().base("ou=fleets").where("objectClass").is("tollgateDriver").and("fleetId").is(fleetId);
        return ldap.search(q, ENTRY); // SAFE ldap
    }

    private static String text(Attributes attrs, String name) throws NamingException {
        Attribute attr = attrs.get(name);
        return attr == null ? null : String.valueOf(attr.get());
    }
}
