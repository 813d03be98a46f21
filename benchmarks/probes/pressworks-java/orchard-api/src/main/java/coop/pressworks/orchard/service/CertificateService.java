package coop.pressworks.orchard.service;

import coop.pressworks.orchard.model.OrchardModels.CertificateSummary;
import coop.pressworks.orchard.storage.GrowerDocumentStore;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Organic and GlobalG.A.P. certificates are delivered by certifiers as XML. The
 * intake desk checks them before fruit from a block is accepted as organic.
 */
@Singleton
public class CertificateService {

    private final GrowerDocumentStore documents;
    private final XPathFactory xpathFactory = XPathFactory.newInstance();

    public CertificateService(GrowerDocumentStore documents) {
        this.documents = documents;
    }

    public CertificateSummary importCertificate(long growerId, byte[] xml) throws IOException {
        Document doc = parse(xml);
        XPath xpath = xpathFactory.newXPath();
        try {
            String certifier = xpath.evaluate("/certificate/issuer/name", doc);
            String number = xpath.evaluate("/certificate/@number", doc);
            String validUntil = xpath.evaluate("/certificate/validity/until", doc);
            if (number.isBlank()) {
                throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "Certificate number missing");
            }
            String stored = documents.storeCertificate(growerId, number, xml);
            return new CertificateSummary(growerId, certifier, number, LocalDate.parse(validUntil), stored);
        } catch (XPathExpressionException | DateTimeParseException e) {
            throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "Unrecognised certificate layout");
        }
    }

    /** Certification status of one block, e.g. "certified", "in-conversion", "suspended". */
    public String blockStatus(long growerId, String storedName, String blockCode) throws IOException {
        Document doc = parse(documents.readCertificate(growerId, storedName));
        String code = blockCode.replace("\"", "");
        try {
            return xpathFactory.newXPath().evaluate("/certificate/scope/block[@code='" + code + "']/status", doc); // VULN xpath
        } catch (XPathExpressionException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Invalid block code");
        }
    }

    /** Whether the certificate lists a plant-protection product as approved. */
    public boolean productApproved(long growerId, String storedName, String product) throws IOException {
        Document doc = parse(documents.readCertificate(growerId, storedName));
        XPath xpath = xpathFactory.newXPath();
        xpath.setXPathVariableResolver(name -> "product".equals(name.getLocalPart()) ? product : null);
        try {
            String approved = xpath.evaluate("/certificate/inputs/product[@name=$product]/approved", doc); // SAFE xpath
            return "true".equalsIgnoreCase(approved.trim());
        } catch (XPathExpressionException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Lookup failed");
        }
    }

    private Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(false);
            dbf.setIgnoringComments(true);
            return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml)); // VULN xxe
        } catch (ParserConfigurationException | SAXException e) {
            throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "Certificate is not well-formed XML");
        }
    }
}
