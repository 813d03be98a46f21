package services;

import com.typesafe.config.Config;
import play.Logger;

import javax.inject.Inject;
import javax.inject.Singleton;
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

/** Read-only access to the seed bank's staff directory (cold-room access, lab rota). */
@Singleton
public class StaffDirectory {

    private static final Logger.ALogger LOG = Logger.of(StaffDirectory.class);
    private static final String[] RETURNED = {"uid", "cn", "mail", "title", "departmentNumber"};

    public static final class StaffEntry {
        public String uid;
        public String name;
        public String email;
        public String title;
        public String department;
    }

    private final String url;
    private final String base;
    private final String bindDn;
    private final String bindPassword;

    @Inject
    public StaffDirectory(Config config) {
        this.url = config.getString("ldap.url");
        this.base = config.getString("ldap.base");
        this.bindDn = config.getString("ldap.bind-dn");
        this.bindPassword = config.hasPath("ldap.bind-password") ? config.getString("ldap.bind-password") : "Sv-ldap!2021#coldroom"; // VULN secret
    }

    private DirContext connect() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, url);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, bindDn);
        env.put(Context.SECURITY_CREDENTIALS, bindPassword);
        env.put("com.sun.jndi.ldap.connect.timeout", "3000");
        return new InitialDirContext(env);
    }

    public List<StaffEntry> findByUid(String uid) {
        String filter = "(&(objectClass=inetOrgPerson)(uid=" + uid + "))";
        DirContext ctx = null;
        try {
            ctx = connect();
            NamingEnumeration<SearchResult> results = ctx.search(base, filter, controls()); // VULN ldap
            return collect(results);
        } catch (NamingException e) {
            LOG.warn("staff lookup failed", e);
            return List.of();
        } finally {
            close(ctx);
        }
    }

    public List<StaffEntry> findByEmail(String email) {
        DirContext ctx = null;
        try {
            ctx = connect();
            NamingEnumeration<SearchResult> results = ctx.search(base, "(&(objectClass=inetOrgPerson)(mail={0}))", new Object[]{email}, controls()); // SAFE ldap
            return collect(results);
        } catch (NamingException e) {
            LOG.warn("staff lookup by e-mail failed", e);
            return List.of();
        } finally {
            close(ctx);
        }
    }

    private static SearchControls controls() {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(RETURNED);
        controls.setCountLimit(25);
        return controls;
    }

    private static List<StaffEntry> collect(NamingEnumeration<SearchResult> results) throws NamingException {
        List<StaffEntry> entries = new ArrayList<>();
        while (results.hasMore()) {
            Attributes attrs = results.next().getAttributes();
            StaffEntry entry = new StaffEntry();
            entry.uid = value(attrs.get("uid"));
            entry.name = value(attrs.get("cn"));
            entry.email = value(attrs.get("mail"));
            entry.title = value(attrs.get("title"));
            entry.department = value(attrs.get("departmentNumber"));
            entries.add(entry);
        }
        return entries;
    }

    private static String value(Attribute attribute) throws NamingException {
        return attribute == null ? null : String.valueOf(attribute.get());
    }

    private static void close(DirContext ctx) {
        if (ctx != null) {
            try {
                ctx.close();
            } catch (NamingException ignored) {
                // connection already gone
            }
        }
    }
}
