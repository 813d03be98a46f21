package com.lockgate.security;

import com.lockgate.config.AppConfig;

import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import java.util.Hashtable;
import java.util.Optional;

/**
 * Lookups against the navigation authority's directory, which is the system of record for
 * licence holders and keeper staff.
 */
public class SkipperDirectory {

    private static final String BASE_DN = "ou=licensees,dc=navigation,dc=lockgate,dc=org,dc=uk";

    private final AppConfig config;

    public SkipperDirectory(AppConfig config) {
        this.config = config;
    }

    private DirContext connect() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, config.require("ldap.url"));
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, config.require("ldap.bind.dn"));
        env.put(Context.SECURITY_CREDENTIALS, config.require("ldap.bind.password"));
        return new InitialDirContext(env);
    }

    public Optional<String> displayNameForLicence(String licenceNumber) {
        String filter = "(&(objectClass=navLicensee)(licenceNumber=" + licenceNumber + "))";
        DirContext ctx = null;
        try {
            ctx = connect();
            NamingEnumeration<SearchResult> results = ctx.search(BASE_DN, filter, controls("cn")); // VULN ldap
            return firstValue(results, "cn");
        } catch (NamingException e) {
            return Optional.empty();
        } finally {
            close(ctx);
        }
    }

    public Optional<String> displayNameForEmail(String email) {
        String filter = "(&(objectClass=navLicensee)(mail=" + escapeFilterValue(email) + "))";
        DirContext ctx = null;
        try {
            ctx = connect();
            NamingEnumeration<SearchResult> results = ctx.search(BASE_DN, filter, controls("cn")); // SAFE ldap
            return firstValue(results, "cn");
        } catch (NamingException e) {
            return Optional.empty();
        } finally {
            close(ctx);
        }
    }

    private static SearchControls controls(String attribute) {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {attribute});
        controls.setCountLimit(1);
        return controls;
    }

    private static Optional<String> firstValue(NamingEnumeration<SearchResult> results, String attribute) throws NamingException {
        if (!results.hasMore()) {
            return Optional.empty();
        }
        Attributes attrs = results.next().getAttributes();
        return attrs.get(attribute) == null ? Optional.empty() : Optional.of(String.valueOf(attrs.get(attribute).get()));
    }

    private static void close(DirContext ctx) {
        if (ctx != null) {
            try {
                ctx.close();
            } catch (NamingException ignored) {
                // closing a directory context is best effort
            }
        }
    }

    /** RFC 4515 escaping for assertion values. */
    static String escapeFilterValue(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\5c");
                case '*' -> sb.append("\\2a");
                case '(' -> sb.append("\\28");
                case ')' -> sb.append("\\29");
                case '\u0000' -> sb.append("\\00");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
