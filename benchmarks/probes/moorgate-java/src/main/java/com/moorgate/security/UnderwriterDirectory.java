package com.moorgate.security;

import com.moorgate.MoorgateConfiguration;

import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

/**
 * Read-only look-ups against the underwriting team's LDAP directory.
 */
public class UnderwriterDirectory {

    public record Underwriter(String uid, String name, String mail, String desk, String authorityLimit) {
    }

    private static final String[] ATTRS = {"uid", "cn", "mail", "departmentNumber", "mgAuthorityLimit"};

    private final String url;
    private final String baseDn;

    public UnderwriterDirectory(MoorgateConfiguration.Directory config) {
        this.url = config.url;
        this.baseDn = config.baseDn;
    }

    public List<Underwriter> searchByEmail(String email) throws NamingException {
        DirContext ctx = open();
        try {
            String filter = "(&(objectClass=inetOrgPerson)(mail=" + email + "))";
            NamingEnumeration<SearchResult> results = ctx.search(baseDn, filter, controls()); // VULN ldap
            return collect(results);
        } finally {
            ctx.close();
        }
    }

    public List<Underwriter> searchByUid(String uid) throws NamingException {
        DirContext ctx = open();
        try {
            NamingEnumeration<SearchResult> results = ctx.search(baseDn, "(&(objectClass=inetOrgPerson)(uid={0}))", new Object[] {uid}, controls()); // SAFE ldap
            return collect(results);
        } finally {
            ctx.close();
        }
    }

    private DirContext open() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, url);
        env.put(Context.SECURITY_AUTHENTICATION, "none");
        env.put("com.sun.jndi.ldap.connect.timeout", "3000");
        return new InitialDirContext(env);
    }

    private static SearchControls controls() {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(ATTRS);
        controls.setCountLimit(25);
        return controls;
    }

    private static List<Underwriter> collect(NamingEnumeration<SearchResult> results) throws NamingException {
        List<Underwriter> out = new ArrayList<>();
        while (results.hasMore()) {
            Attributes a = results.next().getAttributes();
            out.add(new Underwriter(value(a, "uid"), value(a, "cn"), value(a, "mail"),
                    value(a, "departmentNumber"), value(a, "mgAuthorityLimit")));
        }
        return out;
    }

    private static String value(Attributes attributes, String name) throws NamingException {
        Attribute attribute = attributes.get(name);
        return attribute == null ? null : String.valueOf(attribute.get());
    }
}
