package com.ledgerbay.service;

import com.ledgerbay.config.LedgerbayConfig;

import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

/**
 * Read-only view of the licensed customs broker directory (synchronised nightly from the CBP broker
 * management system into our LDAP).
 */
public class BrokerDirectoryService {

    private static final String BROKER_BASE = "ou=licensed-brokers,dc=ledgerbay,dc=com";
    private static final String[] RETURNED = {"cn", "mail", "licenseNumber", "filerCode", "permitPort", "l"};

    public record DirectoryEntry(String name, String email, String licenseNumber, String filerCode, String port, String city) {
    }

    private final LedgerbayConfig config;

    public BrokerDirectoryService(LedgerbayConfig config) {
        this.config = config;
    }

    /**
     * Used by the profile screen to confirm that a typed license number exists and is active.
     */
    public List<DirectoryEntry> findByLicense(String licenseNumber) throws NamingException {
        String filter = "(&(objectClass=customsBroker)(licenseStatus=ACTIVE)(licenseNumber=" + licenseNumber + "))";
        DirContext ctx = connect();
        try {
            return collect(ctx.search(BROKER_BASE, filter, controls())); // VULN ldap
        } finally {
            ctx.close();
        }
    }

    /**
     * Used during self-registration to find the directory record for a work e-mail address.
     */
    public List<DirectoryEntry> findByEmail(String email) throws NamingException {
        DirContext ctx = connect();
        try {
            return collect(ctx.search(BROKER_BASE, "(&(objectClass=customsBroker)(mail={0}))", new Object[] {email}, controls())); // SAFE ldap
        } finally {
            ctx.close();
        }
    }

    private DirContext connect() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, config.ldapUrl());
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, config.ldapBindDn());
        env.put(Context.SECURITY_CREDENTIALS, config.ldapBindPassword());
        env.put("com.sun.jndi.ldap.connect.timeout", "5000");
        return new InitialDirContext(env);
    }

    private static SearchControls controls() {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        sc.setReturningAttributes(RETURNED);
        sc.setCountLimit(25);
        sc.setTimeLimit(5000);
        return sc;
    }

    private static List<DirectoryEntry> collect(NamingEnumeration<SearchResult> results) throws NamingException {
        List<DirectoryEntry> out = new ArrayList<>();
        while (results.hasMore()) {
            Attributes a = results.next().getAttributes();
            out.add(new DirectoryEntry(str(a, "cn"), str(a, "mail"), str(a, "licenseNumber"),
                    str(a, "filerCode"), str(a, "permitPort"), str(a, "l")));
        }
        return out;
    }

    private static String str(Attributes attrs, String id) throws NamingException {
        return attrs.get(id) == null ? null : String.valueOf(attrs.get(id).get());
    }
}
