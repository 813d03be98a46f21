package com.tariffly.service;

import java.util.Hashtable;
import java.util.Optional;

import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

import com.tariffly.dto.ApiModels.ColleagueCard;
import com.tariffly.dto.ApiModels.StaffPrincipal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Staff authentication against the corporate directory. Brokers and
 * compliance officers live under ou=staff; the role comes from
 * the employeeType attribute.
 */
@Service
public class StaffDirectoryService {

    private static final Logger log = LoggerFactory.getLogger(StaffDirectoryService.class);
    private static final String STAFF_BASE = "ou=staff,dc=tariffly,dc=com";
    private static final String[] RETURNED = {"uid", "cn", "mail", "employeeType", "physicalDeliveryOfficeName", "o"};

    private final String ldapUrl;
    private final String bindDn;
    private final String bindPassword;

    public StaffDirectoryService(@Value("${tariffly.ldap.url}") String ldapUrl,
                                 @Value("${tariffly.ldap.bind-dn}") String bindDn,
                                 @Value("${tariffly.ldap.bind-password}") String bindPassword) {
        this.ldapUrl = ldapUrl;
        this.bindDn = bindDn;
        this.bindPassword = bindPassword;
    }

    public Optional<StaffPrincipal> authenticate(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        DirContext service = null;
        try {
            service = connect(bindDn, bindPassword);
            String filter = "(&(objectClass=inetOrgPerson)(uid=" + username.trim() + "))";
            NamingEnumeration<SearchResult> results = service.search(STAFF_BASE, filter, controls()); // VULN ldap
            if (!results.hasMore()) {
                return Optional.empty();
            }
            SearchResult entry = results.next();
            String userDn = entry.getNameInNamespace();
            connect(userDn, password).close();
            Attributes attrs = entry.getAttributes();
            return Optional.of(new StaffPrincipal(
                    attr(attrs, "uid"), attr(attrs, "cn"), attr(attrs, "employeeType"), attr(attrs, "o")));
        } catch (NamingException e) {
            log.info("Staff login failed for {}: {}", username, e.getMessage());
            return Optional.empty();
        } finally {
            close(service);
        }
    }

    public Optional<ColleagueCard> lookupColleague(String uid) {
        DirContext service = null;
        try {
            service = connect(bindDn, bindPassword);
            NamingEnumeration<SearchResult> results = service.search(STAFF_BASE, "(&(objectClass=inetOrgPerson)(uid={0}))", new Object[] {uid}, controls()); // SAFE ldap
            if (!results.hasMore()) {
                return Optional.empty();
            }
            Attributes attrs = results.next().getAttributes();
            return Optional.of(new ColleagueCard(attr(attrs, "uid"), attr(attrs, "cn"), attr(attrs, "mail"),
                    attr(attrs, "physicalDeliveryOfficeName")));
        } catch (NamingException e) {
            log.warn("Directory lookup failed: {}", e.getMessage());
            return Optional.empty();
        } finally {
            close(service);
        }
    }

    private DirContext connect(String principal, String credentials) throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, ldapUrl);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, principal);
        env.put(Context.SECURITY_CREDENTIALS, credentials);
        env.put("com.sun.jndi.ldap.connect.timeout", "3000");
        return new InitialDirContext(env);
    }

    private static SearchControls controls() {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(RETURNED);
        controls.setCountLimit(2);
        return controls;
    }

    private static String attr(Attributes attrs, String name) throws NamingException {
        return attrs.get(name) == null ? null : String.valueOf(attrs.get(name).get());
    }

    private static void close(DirContext ctx) {
        if (ctx != null) {
            try {
                ctx.close();
            } catch (NamingException ignored) {
                // closing a pooled connection
            }
        }
    }
}
