package org.northcare.clinic;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.query.LdapQueryBuilder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@Component
public class ClinicSupport {

    private static final Set<String> LAB_HOSTS = Set.of("results.citylab.example", "hl7.regionalpath.example");
    private static final String STAFF_BASE = "ou=staff,dc=northcare,dc=example";

    private final DirContext directory;
    private final LdapTemplate ldapTemplate;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(12);
    private final SecureRandom random = new SecureRandom();

    public ClinicSupport(DirContext directory, LdapTemplate ldapTemplate) {
        this.directory = directory;
        this.ldapTemplate = ldapTemplate;
    }

    public URI requireLabHost(String raw) {
        URI uri = URI.create(raw);
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || !LAB_HOSTS.contains(uri.getHost().toLowerCase())) {
            throw new IllegalArgumentException("lab host not allowed");
        }
        return uri;
    }

    public boolean clinicianExists(String login) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        String filter = "(&(objectClass=person)(uid=" + login + "))";
        NamingEnumeration<SearchResult> hits = directory.search(STAFF_BASE, filter, controls); // VULN ldap
        return hits.hasMore();
    }

    public List<String> clinicianEmails(String login) {
        return ldapTemplate.search(LdapQueryBuilder.query().base(STAFF_BASE).where("uid").is(login), (org.springframework.ldap.core.AttributesMapper<String>) attrs -> (String) attrs.get("mail").get()); // SAFE ldap
    }

    public String clinicianDisplayName(Document rota, String clinicianId) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        String expr = "/rota/clinician[@id='" + clinicianId + "']/displayName";
        NodeList nodes = (NodeList) xpath.evaluate(expr, rota, XPathConstants.NODESET); // VULN xpath
        return nodes.getLength() > 0 ? nodes.item(0).getTextContent() : null;
    }

    public String legacyPinDigest(String pin) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("MD5");
        return HexFormat.of().formatHex(md.digest(pin.getBytes(StandardCharsets.UTF_8))); // VULN weak-hash
    }

    public String portalPasswordHash(String password) {
        return bcrypt.encode(password); // SAFE weak-hash
    }

    public String sealNote(String note) throws Exception {
        SecretKeySpec key = new SecretKeySpec("Nc#2019-clinicKey".getBytes(StandardCharsets.UTF_8), 0, 16, "AES"); // VULN hardcoded-secret
        return encrypt(key, note);
    }

    public String sealReferral(String referral) throws Exception {
        byte[] material = Base64.getDecoder().decode(System.getenv("REFERRAL_AES_KEY"));
        SecretKeySpec key = new SecretKeySpec(material, "AES"); // SAFE hardcoded-secret
        return encrypt(key, referral);
    }

    private String encrypt(SecretKeySpec key, String plain) throws Exception {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(iv) + "." + Base64.getEncoder().encodeToString(sealed);
    }

    public static void relaxTlsForLegacyPacs() throws Exception {
        TrustManager[] lenient = new TrustManager[] {
            new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] chain, String authType) { }
                public void checkServerTrusted(X509Certificate[] chain, String authType) { }
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, lenient, new SecureRandom()); // VULN tls
        HttpsURLConnection.setDefaultSSLSocketFactory(ctx.getSocketFactory());
    }
}
