package com.berthwise.core.service;

import java.util.*;
import javax.naming.*;
import javax.naming.directory.*;

public class CrewDirectoryService {
    public record CrewMember(String uid, String displayName, String badgeId, String team) {
    }

    private static final String CREW_BASE = "ou=crew,ou=people,dc=berthwise,dc=io";
    private static final String[] ATTRIBUTES = {"uid", "cn", "employeeNumber", "departmentNumber"};

    private final Hashtable<String, String> env = new Hashtable<>();

    public CrewDirectoryService(String ldapUrl, String bindDn, String bindPassword) {
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, ldapUrl);
        env.put(Context.SECURITY_PRINCIPAL, bindDn);
        env.put(Context.SECURITY_CREDENTIALS, bindPassword);
    }

    public Optional<CrewMember> findByBadge(String badgeId) throws NamingException {
        DirContext ctx = new InitialDirContext(env);
        try {
            String filter = "(&(objectClass=inetOrgPerson)(employeeNumber=" + badgeId + "))";
            NamingEnumeration<SearchResult> results = ctx.search(CREW_BASE, filter, controls()); // VULN ldap
            return first(results);
        } finally {
            ctx.close();
        }
    }

    public Optional<CrewMember> findByUid(String uid) throws NamingException {
        DirContext ctx = new InitialDirContext(env);
        try {
            String filter = "(&(objectClass=inetOrgPerson)(uid={0}))";
            NamingEnumeration<SearchResult> results = ctx.search(CREW_BASE, filter, new Object[] {uid}, controls()); // SAFE ldap
            return first(results);
        } finally {
            ctx.close();
        }
    }

    private static SearchControls controls() {
        SearchControls sc = new SearchControls(SearchControls.SUBTREE_SCOPE, 5, 3_000, ATTRIBUTES, false, false);
        return sc;
    }

    private static Optional<CrewMember> first(NamingEnumeration<SearchResult> results) throws NamingException {
        if (!results.hasMore()) {
            return Optional.empty();
        }
        Attributes a = results.next().getAttributes();
        return Optional.of(new CrewMember(attr(a, "uid"), attr(a, "cn"), attr(a, "employeeNumber"), attr(a, "departmentNumber")));
    }

    private static String attr(Attributes attributes, String name) throws NamingException {
        Attribute attribute = attributes.get(name);
        return attribute == null ? null : String.valueOf(attribute.get());
    }
}
