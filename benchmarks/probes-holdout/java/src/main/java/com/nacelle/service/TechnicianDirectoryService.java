package com.nacelle.service;

import static org.springframework.ldap.query.LdapQueryBuilder.query;

import java.util.List;
import java.util.Optional;

import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;

import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.support.LdapEncoder;
import org.springframework.stereotype.Service;

/**
 * Read access to the corporate directory (technicians, crews, certifications held in LDAP groups).
 */
@Service
public class TechnicianDirectoryService {

    public record DirectoryEntry(String uid, String displayName, String mail, String department, String mobile) {
    }

    private static final String PEOPLE_BASE = "ou=people";

    private static final AttributesMapper<DirectoryEntry> MAPPER = attrs -> new DirectoryEntry(
            value(attrs, "uid"), value(attrs, "cn"), value(attrs, "mail"),
            value(attrs, "departmentNumber"), value(attrs, "mobile"));

    private final LdapTemplate ldapTemplate;

    public TechnicianDirectoryService(LdapTemplate ldapTemplate) {
        this.ldapTemplate = ldapTemplate;
    }

    /**
     * Type-ahead search used when assigning technicians to a crew.
     */
    public List<DirectoryEntry> searchCrew(String crew, String namePrefix) {
        String filter = "(&(objectClass=inetOrgPerson)(departmentNumber=" + LdapEncoder.filterEncode(crew) + ")(cn=" + namePrefix + "*))";
        return ldapTemplate.search(PEOPLE_BASE, filter, MAPPER); // VULN ldap
    }

    public Optional<DirectoryEntry> findByUid(String uid) {
        List<DirectoryEntry> found = ldapTemplate.search(query().base(PEOPLE_BASE).where("objectClass").is("inetOrgPerson").and("uid").is(uid), MAPPER); // SAFE ldap
        return found.stream().findFirst();
    }

    public boolean authenticate(String uid, String password) {
        if (uid == null || uid.isBlank() || password == null || password.isEmpty()) {
            return false;
        }
        try {
            ldapTemplate.authenticate(query().base(PEOPLE_BASE).where("uid").is(uid), password);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String value(Attributes attrs, String name) throws NamingException {
        Attribute attribute = attrs.get(name);
        return attribute == null ? null : String.valueOf(attribute.get());
    }
}
