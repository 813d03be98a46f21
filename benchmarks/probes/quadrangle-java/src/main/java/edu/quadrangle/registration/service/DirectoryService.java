package edu.quadrangle.registration.service;

import edu.quadrangle.registration.domain.DirectoryEntry;
import java.util.*;
import javax.naming.*;
import javax.naming.directory.*;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class DirectoryService {

    private static final String PEOPLE_BASE = "ou=people,dc=quadrangle,dc=edu";
    private static final String[] RETURNED = {"uid", "displayName", "mail", "departmentNumber"};

    @Value("${quadrangle.ldap.url}")
    private String ldapUrl;

    @Value("${quadrangle.ldap.bind-dn}")
    private String bindDn;

    @Value("${quadrangle.ldap.bind-password}")
    private String bindPassword;

    public List<DirectoryEntry> findByNetId(String netId) throws NamingException {
        DirContext ctx = connect();
        try {
            NamingEnumeration<SearchResult> results = ctx.search(PEOPLE_BASE, "(&(objectClass=eduPerson)(uid=" + netId + "))", controls()); // VULN ldap
            return collect(results);
        } finally {
            ctx.close();
        }
    }

    public List<DirectoryEntry> findByEmail(String email) throws NamingException {
        DirContext ctx = connect();
        try {
            NamingEnumeration<SearchResult> results = ctx.search(PEOPLE_BASE, "(&(objectClass=eduPerson)(mail={0}))", new Object[] {email}, controls()); // SAFE ldap
            return collect(results);
        } finally {
            ctx.close();
        }
    }

    private DirContext connect() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, ldapUrl);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, bindDn);
        env.put(Context.SECURITY_CREDENTIALS, bindPassword);
        return new InitialDirContext(env);
    }

    private static SearchControls controls() {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(RETURNED);
        controls.setCountLimit(50);
        return controls;
    }

    private static List<DirectoryEntry> collect(NamingEnumeration<SearchResult> results) throws NamingException {
        List<DirectoryEntry> entries = new ArrayList<>();
        while (results.hasMore()) {
            Attributes attrs = results.next().getAttributes();
            entries.add(new DirectoryEntry(value(attrs, "uid"), value(attrs, "displayName"),
                    value(attrs, "mail"), value(attrs, "departmentNumber")));
        }
        return entries;
    }

    private static String value(Attributes attrs, String name) throws NamingException {
        return attrs.get(name) == null ? null : String.valueOf(attrs.get(name).get());
    }
}
