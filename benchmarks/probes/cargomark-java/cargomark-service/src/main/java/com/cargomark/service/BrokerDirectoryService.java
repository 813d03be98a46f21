package com.cargomark.service;

import java.util.List;

import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;

import org.springframework.ldap.core.AttributesMapper;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.query.LdapQuery;
import org.springframework.ldap.query.LdapQueryBuilder;
import org.springframework.stereotype.Service;

/** Licensed customs brokers, kept in the corporate directory. */
@Service
public class BrokerDirectoryService {

    public record BrokerContact(String name, String email, String phone, String licenseNumber, String office) {
    }

    private static final AttributesMapper<BrokerContact> CONTACT_MAPPER = attrs -> new BrokerContact(
            value(attrs, "cn"),
            value(attrs, "mail"),
            value(attrs, "telephoneNumber"),
            value(attrs, "brokerLicense"),
            value(attrs, "physicalDeliveryOfficeName"));

    private final LdapTemplate ldapTemplate;

    public BrokerDirectoryService(LdapTemplate ldapTemplate) {
        this.ldapTemplate = ldapTemplate;
    }

    public List<BrokerContact> searchByName(String name) {
        String filter = "(&(objectClass=inetOrgPerson)(employeeType=customs-broker)(cn=*" + name + "*))";
        return ldapTemplate.search("ou=brokers", filter, CONTACT_MAPPER); // VULN ldap
    }

    public List<BrokerContact> findByLicense(String licenseNumber) {
        LdapQuery query = LdapQueryBuilder.query()
                .base("ou=brokers")
                .where("objectClass").is("inetOrgPerson")
                .and("brokerLicense").is(licenseNumber);
        return ldapTemplate.search(query, CONTACT_MAPPER); // SAFE ldap
    }

    private static String value(Attributes attrs, String id) throws NamingException {
        Attribute attribute = attrs.get(id);
        return attribute == null ? null : String.valueOf(attribute.get());
    }
}
