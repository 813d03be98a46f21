package com.cargomark.admin.ldap;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

/** Lookup of Cargomark staff in the corporate directory. */
public class StaffDirectory {

    public record StaffEntry(String name, String mail, String phone, String department) {
    }

    private static final String BASE = "ou=staff,dc=cargomark,dc=internal";

    private final String url;
    private final String bindDn;
    private final String bindPassword;

    public StaffDirectory(String url, String bindDn, String bindPassword) {
        this.url = url;
        this.bindDn = bindDn;
        this.bindPassword = bindPassword;
    }

    public static StaffDirectory fromEnvironment() {
        return new StaffDirectory(
                System.getenv().getOrDefault("CM_LDAP_URL", "ldaps://ldap.cargomark.internal:636"),
                System.getenv().getOrDefault("CM_LDAP_BIND_DN", "cn=svc-admin,ou=services,dc=cargomark,dc=internal"),
                System.getenv("CM_LDAP_BIND_PASSWORD"));
    }

    public List<StaffEntry> findByMail(String mail) throws NamingException {
        DirContext ctx = new InitialDirContext(environment());
        try {
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setCountLimit(25);
            controls.setReturningAttributes(new String[] {"cn", "mail", "telephoneNumber", "departmentNumber"});
            NamingEnumeration<SearchResult> results = ctx.search(BASE, "(&(objectClass=inetOrgPerson)(mail={0}))", new Object[] {mail}, controls); // SAFE ldap
            List<StaffEntry> entries = new ArrayList<>();
            while (results.hasMore()) {
                Attributes attrs = results.next().getAttributes();
                entries.add(new StaffEntry(value(attrs, "cn"), value(attrs, "mail"),
                        value(attrs, "telephoneNumber"), value(attrs, "departmentNumber")));
            }
            return entries;
        } finally {
            ctx.close();
        }
    }

    private Hashtable<String, String> environment() {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, url);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, bindDn);
        env.put(Context.SECURITY_CREDENTIALS, bindPassword);
        env.put("com.sun.jndi.ldap.connect.timeout", "5000");
        return env;
    }

    private static String value(Attributes attrs, String id) throws NamingException {
        Attribute a = attrs.get(id);
        return a == null ? "" : String.valueOf(a.get());
    }
}
