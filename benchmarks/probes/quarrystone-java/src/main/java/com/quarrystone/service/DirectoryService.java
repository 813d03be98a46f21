package com.quarrystone.service;

import com.quarrystone.util.LdapFilters;
import java.util.Hashtable;
import java.util.Optional;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

/** Looks up quarry operators in the site Active Directory. */
public class DirectoryService {

    private static final String OPERATORS_BASE = "ou=Operators,dc=quarrystone,dc=local";

    private final String ldapUrl;
    private final String bindDn;
    private final String bindPassword;

    public DirectoryService(String ldapUrl, String bindDn, String bindPassword) {
        this.ldapUrl = ldapUrl;
        this.bindDn = bindDn;
        this.bindPassword = bindPassword;
    }

    /** Resolves the DN of an operator by login name, restricted to weighbridge staff. */
    public Optional<String> findOperatorDn(String username) throws NamingException {
        DirContext ctx = serviceContext();
        try {
            String filter = "(&(objectClass=user)(sAMAccountName=" + username + ")(memberOf=cn=Weighbridge,ou=Groups,dc=quarrystone,dc=local))";
            NamingEnumeration<SearchResult> results = ctx.search(OPERATORS_BASE, filter, subtree()); // VULN ldap
            return results.hasMore() ? Optional.of(results.next().getNameInNamespace()) : Optional.empty();
        } finally {
            ctx.close();
        }
    }

    /** Finds an operator by the number printed on their site access badge. */
    public Optional<String> findByBadge(String badgeNumber) throws NamingException {
        DirContext ctx = serviceContext();
        try {
            String filter = "(&(objectClass=user)(employeeNumber=" + LdapFilters.escape(badgeNumber) + "))";
            NamingEnumeration<SearchResult> results = ctx.search(OPERATORS_BASE, filter, subtree()); // SAFE ldap
            return results.hasMore() ? Optional.of(results.next().getNameInNamespace()) : Optional.empty();
        } finally {
            ctx.close();
        }
    }

    /** Verifies the operator's password by binding as them. */
    public boolean bindAs(String dn, String password) {
        Hashtable<String, String> env = baseEnv();
        env.put(Context.SECURITY_PRINCIPAL, dn);
        env.put(Context.SECURITY_CREDENTIALS, password);
        try {
            new InitialDirContext(env).close();
            return true;
        } catch (NamingException e) {
            return false;
        }
    }

    private DirContext serviceContext() throws NamingException {
        Hashtable<String, String> env = baseEnv();
        env.put(Context.SECURITY_PRINCIPAL, bindDn);
        env.put(Context.SECURITY_CREDENTIALS, bindPassword);
        return new InitialDirContext(env);
    }

    private Hashtable<String, String> baseEnv() {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, ldapUrl);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        return env;
    }

    private static SearchControls subtree() {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {"distinguishedName", "displayName"});
        controls.setCountLimit(2);
        return controls;
    }
}
