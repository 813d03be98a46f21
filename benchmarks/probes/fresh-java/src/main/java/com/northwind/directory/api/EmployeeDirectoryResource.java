package com.northwind.directory.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.w3c.dom.Document;
import org.xml.sax.helpers.DefaultHandler;

@Path("/directory")
@Produces(MediaType.APPLICATION_JSON)
public class EmployeeDirectoryResource {

    private static final String LDAP_URL = "ldaps://ldap.corp.northwind.local:636";
    private static final String PEOPLE_BASE = "ou=people,dc=corp,dc=northwind,dc=local";
    private static final String HR_API = "https://hr-api.corp.northwind.local/v2/employees/";
    private static final String BADGE_TOKEN_SECRET = "northwind-badge-service-signing-secret-2021";
    private static final String[] PUBLIC_ATTRIBUTES = {"uid", "cn", "mail", "title", "telephoneNumber", "departmentNumber"};

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Document badgeRegistry;
    private final Document officeDirectory;

    public EmployeeDirectoryResource() throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream badges = getClass().getResourceAsStream("/directory/badges.xml");
             InputStream offices = getClass().getResourceAsStream("/directory/offices.xml")) {
            badgeRegistry = dbf.newDocumentBuilder().parse(badges);
            officeDirectory = dbf.newDocumentBuilder().parse(offices);
        }
    }

    // ---------------------------------------------------------------- people

    @GET
    @Path("/teams")
    public List<Map<String, String>> team(@QueryParam("department") String department) throws NamingException {
        InitialDirContext ldap = connect();
        try {
            NamingEnumeration<SearchResult> results = ldap.search(PEOPLE_BASE, "(&(objectClass=inetOrgPerson)(departmentNumber=" + department + "))", publicControls()); // VULN ldapi
            List<Map<String, String>> people = new ArrayList<>();
            while (results.hasMore()) {
                people.add(toMap(results.next().getAttributes()));
            }
            return people;
        } finally {
            ldap.close();
        }
    }

    @GET
    @Path("/people/{uid}")
    public Map<String, String> person(@PathParam("uid") String uid) throws NamingException {
        return lookupByUid(uid);
    }

    @GET
    @Path("/people/{employeeId: [0-9]+}/manager-chain")
    public Response managerChain(@PathParam("employeeId") long employeeId) throws IOException, InterruptedException {
        HttpResponse<String> upstream = http.send(HttpRequest.newBuilder(URI.create(HR_API + employeeId + "/manager-chain")).GET().build(), HttpResponse.BodyHandlers.ofString()); // SAFE ssrf
        return Response.status(upstream.statusCode()).entity(upstream.body()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/search")
    @Produces(MediaType.TEXT_HTML)
    public Response searchPage(@QueryParam("q") String query) {
        String html = "<html><body><h3>Directory results for " + query + "</h3>"
                + "<div id=\"results\" data-endpoint=\"/directory/teams\"></div><script src=\"/static/directory.js\"></script></body></html>";
        return Response.ok(html, MediaType.TEXT_HTML_TYPE).build(); // VULN xss
    }

    @GET
    @Path("/avatar")
    @Produces("image/*")
    public Response avatar(@QueryParam("source") String source) throws IOException, InterruptedException {
        HttpResponse<byte[]> upstream = http.send(HttpRequest.newBuilder(URI.create(source)).timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()); // VULN ssrf
        String contentType = upstream.headers().firstValue("Content-Type").orElse("application/octet-stream");
        return Response.ok(upstream.body()).type(contentType).build();
    }

    // ---------------------------------------------------------------- identity

    @GET
    @Path("/me")
    public Map<String, String> me(@HeaderParam("Authorization") String authorization) throws NamingException {
        return lookupByUid(subjectOf(authorization));
    }

    @POST
    @Path("/me/badge-token")
    public Map<String, String> badgeToken(@HeaderParam("Authorization") String authorization) {
        String subject = subjectOf(authorization);
        String token = Jwts.builder().setSubject(subject).setIssuer("badge-service").setIssuedAt(new Date()).setExpiration(Date.from(Instant.now().plusSeconds(600))).signWith(Keys.hmacShaKeyFor(BADGE_TOKEN_SECRET.getBytes(StandardCharsets.UTF_8))).compact(); // VULN hardcoded-secret
        return Map.of("badgeToken", token);
    }

    @GET
    @Path("/badges/check")
    public Map<String, Object> checkBadge(@QueryParam("badge") String badge, @QueryParam("pin") String pin) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        String expression = "/badges/badge[@number='" + badge + "' and @pin='" + pin + "']/@holder";
        String holder = xpath.evaluate(expression, badgeRegistry); // VULN xpathi
        return Map.of("valid", !holder.isEmpty(), "holder", holder);
    }

    @GET
    @Path("/offices/{city}/reception")
    public Map<String, String> reception(@PathParam("city") String city) throws XPathExpressionException {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setXPathVariableResolver(name -> "city".equals(name.getLocalPart()) ? city : null);
        String phone = xpath.evaluate("/offices/office[@city=$city]/reception/@phone", officeDirectory); // SAFE xpathi
        return Map.of("city", city, "phone", phone);
    }

    @GET
    @Path("/sso/relay")
    public Response relay(@QueryParam("RelayState") String relayState) {
        String target = relayState == null || relayState.isBlank() ? "/directory/home" : relayState;
        return Response.seeOther(URI.create(target)).build(); // VULN open-redirect
    }

    // ---------------------------------------------------------------- facilities

    @POST
    @Path("/phones/{extension}/provision")
    public Map<String, Object> provisionPhone(@PathParam("extension") String extension, @QueryParam("model") String model) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", "/opt/voip/bin/provision-handset --ext " + extension + " --model " + model).redirectErrorStream(true).start(); // VULN cmdi
        int exitCode = process.waitFor();
        return Map.of("extension", extension, "exitCode", exitCode);
    }

    @POST
    @Path("/roster")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Map<String, Object> importRoster(InputStream body) throws Exception {
        SAXParser parser = SAXParserFactory.newInstance().newSAXParser();
        RosterHandler handler = new RosterHandler();
        parser.parse(body, handler); // VULN xxe
        return Map.of("imported", handler.names.size(), "names", handler.names);
    }

    @POST
    @Path("/desk-moves")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Map<String, Object> deskMoves(InputStream body) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(body); // SAFE xxe
        List<String> desks = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "desk".equals(reader.getLocalName())) {
                desks.add(reader.getAttributeValue(null, "id"));
            }
        }
        reader.close();
        return Map.of("moves", desks.size(), "desks", desks);
    }

    // ---------------------------------------------------------------- helpers

    private String subjectOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new NotAuthorizedException("Bearer");
        }
        String token = authorization.substring("Bearer ".length()).trim();
        // only the subject claim is needed for the directory lookup
        String withoutSignature = token.substring(0, token.lastIndexOf('.') + 1);
        Claims claims = Jwts.parserBuilder().build().parseClaimsJwt(withoutSignature).getBody(); // VULN jwt
        return claims.getSubject();
    }

    private Map<String, String> lookupByUid(String uid) throws NamingException {
        InitialDirContext ldap = connect();
        try {
            NamingEnumeration<SearchResult> results = ldap.search(PEOPLE_BASE, "(&(objectClass=inetOrgPerson)(uid={0}))", new Object[] {uid}, publicControls()); // SAFE ldapi
            if (!results.hasMore()) {
                throw new NotFoundException();
            }
            return toMap(results.next().getAttributes());
        } finally {
            ldap.close();
        }
    }

    private static InitialDirContext connect() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, LDAP_URL);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, System.getenv("DIRECTORY_BIND_DN"));
        env.put(Context.SECURITY_CREDENTIALS, System.getenv("DIRECTORY_BIND_PASSWORD"));
        return new InitialDirContext(env);
    }

    private static SearchControls publicControls() {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(PUBLIC_ATTRIBUTES);
        controls.setCountLimit(200);
        return controls;
    }

    private static Map<String, String> toMap(Attributes attributes) throws NamingException {
        Map<String, String> entry = new HashMap<>();
        NamingEnumeration<? extends Attribute> all = attributes.getAll();
        while (all.hasMore()) {
            Attribute attribute = all.next();
            entry.put(attribute.getID(), String.valueOf(attribute.get()));
        }
        return entry;
    }

    private static final class RosterHandler extends DefaultHandler {
        private final List<String> names = new ArrayList<>();
        private StringBuilder current;

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) {
            if ("name".equals(qName)) {
                current = new StringBuilder();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current != null) {
                current.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("name".equals(qName) && current != null) {
                names.add(current.toString().trim());
                current = null;
            }
        }
    }
}
