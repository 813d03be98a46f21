package coop.pressworks.orchard.ldap;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import coop.pressworks.orchard.model.GrowerModels.DirectoryEntry;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

@Singleton
public class GrowerDirectoryService {

    private static final Logger LOG = LoggerFactory.getLogger(GrowerDirectoryService.class);
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,32}$");
    private static final Pattern NAME_FRAGMENT = Pattern.compile("[A-Za-z][A-Za-z '-]{1,40}");
    private static final int MAX_RESULTS = 50;
    private static final String[] ATTRIBUTES = {"uid", "cn", "mail", "growerNumber", "memberSince"};

    private final LDAPConnectionPool pool;
    private final String baseDn;

    public GrowerDirectoryService(LDAPConnectionPool pool,
                                  @Value("${pressworks.ldap.base-dn:ou=growers,dc=pressworks,dc=coop}") String baseDn) {
        this.pool = pool;
        this.baseDn = baseDn;
    }

    /**
     * Verifies a grower's portal credentials by locating their entry and binding as it.
     */
    public Optional<DirectoryEntry> authenticate(String username, String password) {
        if (username == null || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        String normalised = username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(normalised).matches()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Invalid username");
        }
        try {
            SearchResult result = pool.search(baseDn, SearchScope.SUB, "(&(objectClass=pressworksGrower)(uid=" + Filter.encodeValue(normalised) + "))", ATTRIBUTES); // SAFE ldap
            if (result.getEntryCount() != 1) {
                return Optional.empty();
            }
            SearchResultEntry entry = result.getSearchEntries().get(0);
            pool.bindAndRevertAuthentication(entry.getDN(), password);
            return Optional.of(toEntry(entry));
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                return Optional.empty();
            }
            LOG.warn("Directory lookup failed: {}", e.getResultCode());
            throw new HttpStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Directory unavailable");
        }
    }

    /** Member search behind the "find a grower" box in the office and grower apps. */
    public List<DirectoryEntry> searchByName(String fragment) {
        if (fragment == null || !NAME_FRAGMENT.matcher(fragment).find()) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Search by part of a name");
        }
        try {
            SearchResult result = pool.search(baseDn, SearchScope.SUB, "(&(objectClass=pressworksGrower)(cn=*" + fragment.trim() + "*))", ATTRIBUTES); // VULN ldap
            List<DirectoryEntry> entries = new ArrayList<>();
            for (SearchResultEntry entry : result.getSearchEntries()) {
                if (entries.size() >= MAX_RESULTS) {
                    break;
                }
                entries.add(toEntry(entry));
            }
            return entries;
        } catch (LDAPException e) {
            LOG.warn("Directory search failed: {}", e.getResultCode());
            throw new HttpStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Directory unavailable");
        }
    }

    /** Used by the office staff to find a member from the email on a delivery note. */
    public Optional<DirectoryEntry> findByEmail(String email) {
        try {
            Filter filter = Filter.createANDFilter(
                    Filter.createEqualityFilter("objectClass", "pressworksGrower"),
                    Filter.createEqualityFilter("mail", email));
            SearchResult result = pool.search(baseDn, SearchScope.SUB, filter, ATTRIBUTES); // SAFE ldap
            return result.getSearchEntries().stream().findFirst().map(this::toEntry);
        } catch (LDAPException e) {
            LOG.warn("Directory lookup failed: {}", e.getResultCode());
            throw new HttpStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Directory unavailable");
        }
    }

    private DirectoryEntry toEntry(SearchResultEntry entry) {
        return new DirectoryEntry(
                entry.getAttributeValue("uid"),
                entry.getAttributeValue("cn"),
                entry.getAttributeValue("mail"),
                entry.getAttributeValueAsLong("growerNumber") == null ? -1L : entry.getAttributeValueAsLong("growerNumber"),
                entry.getAttributeValue("memberSince"));
    }
}
