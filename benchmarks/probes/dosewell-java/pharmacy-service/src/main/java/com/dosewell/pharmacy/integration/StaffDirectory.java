package com.dosewell.pharmacy.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Optional;
import java.util.Set;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

@ApplicationScoped
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);
    private static final String[] ATTRIBUTES = {"uid", "cn", "employeeNumber", "memberOf"};

    @ConfigProperty(name = "dosewell.ldap.url")
    String url;

    @ConfigProperty(name = "dosewell.ldap.base-dn")
    String baseDn;

    @ConfigProperty(name = "dosewell.ldap.bind-dn")
    String bindDn;

    @ConfigProperty(name = "dosewell.ldap.bind-password")
    String bindPassword;

    private DirContext connect(String principal, String credentials) throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, url);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, principal);
        env.put(Context.SECURITY_CREDENTIALS, credentials);
        env.put("com.sun.jndi.ldap.connect.timeout", "3000");
        return new InitialDirContext(env);
    }

    private SearchControls controls() {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(ATTRIBUTES);
        controls.setCountLimit(2);
        return controls;
    }

    /**
     * Looks up a login name, restricted to members of the pharmacy group.
     */
    public Optional<StaffMember> findPharmacyMember(String username) throws NamingException {
        DirContext ctx = connect(bindDn, bindPassword);
        try {
            String filter = "(&(objectClass=inetOrgPerson)(uid=" + username + ")(memberOf=cn=pharmacy,ou=groups,dc=dosewell,dc=internal))";
            NamingEnumeration<SearchResult> results = ctx.search(baseDn, filter, controls()); // VULN ldap
            return first(results);
        } finally {
            ctx.close();
        }
    }

    public Optional<StaffMember> findByEmployeeId(String employeeId) throws NamingException {
        DirContext ctx = connect(bindDn, bindPassword);
        try {
            NamingEnumeration<SearchResult> results = ctx.search(baseDn, "(&(objectClass=inetOrgPerson)(employeeNumber={0}))", new Object[] {employeeId}, controls()); // SAFE ldap
            return first(results);
        } finally {
            ctx.close();
        }
    }

    public boolean verifyPassword(String userDn, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        try {
            connect(userDn, password).close();
            return true;
        } catch (NamingException e) {
            LOG.debugf("Bind failed for %s: %s", userDn, e.getMessage());
            return false;
        }
    }

    private Optional<StaffMember> first(NamingEnumeration<SearchResult> results) throws NamingException {
        if (!results.hasMore()) {
            return Optional.empty();
        }
        SearchResult result = results.next();
        Attributes attrs = result.getAttributes();
        Set<String> roles = new HashSet<>();
        Attribute memberOf = attrs.get("memberOf");
        if (memberOf != null) {
            NamingEnumeration<?> groups = memberOf.getAll();
            while (groups.hasMore()) {
                String group = groups.next().toString();
                int comma = group.indexOf(',');
                if (group.startsWith("cn=") && comma > 3) {
                    roles.add(group.substring(3, comma));
                }
            }
        }
        return Optional.of(new StaffMember(
                result.getNameInNamespace(),
                value(attrs, "uid"),
                value(attrs, "cn"),
                value(attrs, "employeeNumber"),
                roles));
    }

    private static String value(Attributes attrs, String name) throws NamingException {
        Attribute attribute = attrs.get(name);
        return attribute == null ? null : attribute.get().toString();
    }
}
