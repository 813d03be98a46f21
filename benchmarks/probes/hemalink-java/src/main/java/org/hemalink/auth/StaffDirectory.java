package org.hemalink.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
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

/**
 * Staff accounts live in the corporate LDAP directory.
 */
@ApplicationScoped
public class StaffDirectory {

    /** A member of staff as known to the directory. */
    public record StaffMember(String uid, String distinguishedName, String displayName, String mail, List<String> roles) {

        public boolean hasRole(String role) {
            return roles != null && roles.contains(role);
        }
    }

    private static final String[] ATTRIBUTES = {"uid", "cn", "mail", "memberOf"};

    @ConfigProperty(name = "hemalink.ldap.url")
    String url;

    @ConfigProperty(name = "hemalink.ldap.base")
    String base;

    @ConfigProperty(name = "hemalink.ldap.bind-dn")
    String bindDn;

    @ConfigProperty(name = "hemalink.ldap.bind-password")
    String bindPassword;

    public Optional<StaffMember> findByUid(String uid) throws NamingException {
        DirContext ctx = serviceContext();
        try {
            NamingEnumeration<SearchResult> results = ctx.search(base, "(&(objectClass=inetOrgPerson)(uid=" + uid + "))", controls()); // VULN ldap
            return first(results);
        } finally {
            ctx.close();
        }
    }

    public Optional<StaffMember> findByMail(String mail) throws NamingException {
        DirContext ctx = serviceContext();
        try {
            NamingEnumeration<SearchResult> results = ctx.search(base, "(&(objectClass=inetOrgPerson)(mail={0}))", new Object[] {mail}, controls()); // SAFE ldap
            return first(results);
        } finally {
            ctx.close();
        }
    }

    /** Verifies a password by binding as the user. */
    public boolean authenticate(StaffMember member, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        Hashtable<String, String> env = baseEnv();
        env.put(Context.SECURITY_PRINCIPAL, member.distinguishedName());
        env.put(Context.SECURITY_CREDENTIALS, password);
        try {
            new InitialDirContext(env).close();
            return true;
        } catch (NamingException e) {
            return false;
        }
    }

    /** Bench kiosks in the processing labs use a shared read-only account for badge lookups. */
    public Optional<StaffMember> kioskBadgeLookup(String badgeNumber) throws NamingException {
        Hashtable<String, String> env = baseEnv();
        env.put(Context.SECURITY_PRINCIPAL, "cn=lab-kiosk,ou=services,dc=hemalink,dc=org");
        env.put(Context.SECURITY_CREDENTIALS, "K1osk-Bench!2019"); // VULN secret
        DirContext ctx = new InitialDirContext(env);
        try {
            return first(ctx.search(base, "(&(objectClass=inetOrgPerson)(employeeNumber={0}))", new Object[] {badgeNumber}, controls()));
        } finally {
            ctx.close();
        }
    }

    private DirContext serviceContext() throws NamingException {
        Hashtable<String, String> env = baseEnv();
        env.put(Context.SECURITY_PRINCIPAL, bindDn);
        env.put(Context.SECURITY_CREDENTIALS, bindPassword); // SAFE secret
        return new InitialDirContext(env);
    }

    private Hashtable<String, String> baseEnv() {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, url);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put("com.sun.jndi.ldap.connect.timeout", "3000");
        env.put("com.sun.jndi.ldap.read.timeout", "5000");
        return env;
    }

    private static SearchControls controls() {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        sc.setReturningAttributes(ATTRIBUTES);
        sc.setCountLimit(2);
        return sc;
    }

    private static Optional<StaffMember> first(NamingEnumeration<SearchResult> results) throws NamingException {
        try {
            if (!results.hasMore()) {
                return Optional.empty();
            }
            SearchResult r = results.next();
            Attributes a = r.getAttributes();
            List<String> roles = new ArrayList<>();
            Attribute memberOf = a.get("memberOf");
            if (memberOf != null) {
                NamingEnumeration<?> values = memberOf.getAll();
                while (values.hasMore()) {
                    String dn = String.valueOf(values.next());
                    if (dn.startsWith("cn=hemalink-")) {
                        roles.add(dn.substring("cn=hemalink-".length(), dn.indexOf(',')));
                    }
                }
            }
            return Optional.of(new StaffMember(text(a, "uid"), r.getNameInNamespace(), text(a, "cn"), text(a, "mail"), roles));
        } finally {
            results.close();
        }
    }

    private static String text(Attributes attrs, String name) throws NamingException {
        Attribute a = attrs.get(name);
        return a == null ? null : String.valueOf(a.get());
    }
}
