package org.stlukes.dispensa.pharmacy.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import javax.naming.*;
import javax.naming.directory.*;
import java.util.*;

@Service
public class StaffDirectoryService {

    public record StaffMember(String uid, String displayName, String badge, Set<String> roles) {
    }

    @FunctionalInterface
    private interface DirectoryCall<T> {
        T apply(DirContext ctx) throws NamingException;
    }

    private static final String STAFF_BASE = "ou=staff,dc=stlukes,dc=org";

    private final String ldapUrl;
    private final String bindDn;

    public StaffDirectoryService(@Value("${dispensa.ldap.url}") String ldapUrl,
                                 @Value("${dispensa.ldap.bind-dn}") String bindDn) {
        this.ldapUrl = ldapUrl;
        this.bindDn = bindDn;
    }

    public Optional<StaffMember> findByBadge(String badge) {
        String filter = "(&(objectClass=hospitalStaff)(employeeBadge=" + badge + "))";
        return withDirectory(ctx -> {
            NamingEnumeration<SearchResult> results = ctx.search(STAFF_BASE, filter, controls()); // VULN ldap
            return results.hasMore() ? Optional.of(toMember(results.next().getAttributes())) : Optional.empty();
        });
    }

    public List<StaffMember> findPharmacists(String surname) {
        return withDirectory(ctx -> {
            NamingEnumeration<SearchResult> results = ctx.search(STAFF_BASE, "(&(objectClass=hospitalStaff)(role=pharmacist)(sn={0}))", new Object[] {surname}, controls()); // SAFE ldap
            List<StaffMember> members = new ArrayList<>();
            while (results.hasMore()) {
                members.add(toMember(results.next().getAttributes()));
            }
            return members;
        });
    }

    private <T> T withDirectory(DirectoryCall<T> call) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, ldapUrl);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, bindDn);
        env.put(Context.SECURITY_CREDENTIALS, Objects.requireNonNull(System.getenv("DISPENSA_LDAP_PASSWORD")));
        try {
            DirContext ctx = new InitialDirContext(env);
            try {
                return call.apply(ctx);
            } finally {
                ctx.close();
            }
        } catch (NamingException e) {
            throw new IllegalStateException("staff directory lookup failed", e);
        }
    }

    private static SearchControls controls() {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        sc.setCountLimit(50);
        sc.setReturningAttributes(new String[] {"uid", "cn", "employeeBadge", "role"});
        return sc;
    }

    private static StaffMember toMember(Attributes attrs) throws NamingException {
        Set<String> roles = new HashSet<>();
        Attribute role = attrs.get("role");
        for (int i = 0; role != null && i < role.size(); i++) {
            roles.add(String.valueOf(role.get(i)));
        }
        return new StaffMember(String.valueOf(attrs.get("uid").get()), String.valueOf(attrs.get("cn").get()),
                String.valueOf(attrs.get("employeeBadge").get()), roles);
    }
}
