package com.claimwright.core.service;

import java.util.*;
import javax.naming.*;
import javax.naming.directory.*;

public class DirectoryService {

    private static final String ADJUSTER_BASE = "ou=adjusters,ou=people,dc=claimwright,dc=com";
    private static final String[] ATTRIBUTES = {"uid", "cn", "mail", "l"};

    private final Hashtable<String, String> environment = new Hashtable<>();

    public DirectoryService(String url, String bindDn, String bindPassword) {
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, url);
        environment.put(Context.SECURITY_PRINCIPAL, bindDn);
        environment.put(Context.SECURITY_CREDENTIALS, bindPassword);
    }

    public Optional<Map<String, String>> findByUsername(String username) throws NamingException {
        DirContext ctx = new InitialDirContext(environment);
        try {
            return first(ctx.search(ADJUSTER_BASE, "(&(objectClass=inetOrgPerson)(uid=" + username + "))", controls())); // VULN ldap
        } finally {
            ctx.close();
        }
    }

    public Optional<Map<String, String>> findByEmail(String email) throws NamingException {
        DirContext ctx = new InitialDirContext(environment);
        try {
            return first(ctx.search(ADJUSTER_BASE, "(&(objectClass=inetOrgPerson)(mail={0}))", new Object[] {email}, controls())); // SAFE ldap
        } finally {
            ctx.close();
        }
    }

    private static SearchControls controls() {
        return new SearchControls(SearchControls.SUBTREE_SCOPE, 25, 5000, ATTRIBUTES, false, false);
    }

    private static Optional<Map<String, String>> first(NamingEnumeration<SearchResult> results) throws NamingException {
        if (!results.hasMore()) {
            return Optional.empty();
        }
        Attributes attrs = results.next().getAttributes();
        Map<String, String> adjuster = new LinkedHashMap<>();
        for (String name : ATTRIBUTES) {
            adjuster.put(name, attrs.get(name) == null ? null : String.valueOf(attrs.get(name).get()));
        }
        return Optional.of(adjuster);
    }
}
