package org.hemalink.lab;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Ad-hoc lookups inside a stored batch document.
 */
@ApplicationScoped
public class LabXPathQuery {

    private final XPathFactory factory = XPathFactory.newInstance();

    public String analyteValue(Document batch, String sampleId, String analyte) throws XPathExpressionException {
        XPath xpath = factory.newXPath();
        return xpath.evaluate("/batch/result[@sample='" + sampleId + "' and @analyte='" + analyte + "']/text()", batch); // VULN xpath
    }

    public List<LabResult> sampleResults(Document batch, String sampleId) throws XPathExpressionException {
        XPath xpath = factory.newXPath();
        xpath.setXPathVariableResolver(name -> "sample".equals(name.getLocalPart()) ? sampleId : null);
        NodeList nodes = (NodeList) xpath.evaluate("/batch/result[@sample=$sample]", batch, XPathConstants.NODESET); // SAFE xpath
        String analyser = batch.getDocumentElement().getAttribute("analyser");
        List<LabResult> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            out.add(new LabResult(sampleId, e.getAttribute("analyte"), e.getTextContent().trim(),
                    e.getAttribute("unit"), e.getAttribute("flag"), analyser, null));
        }
        return out;
    }
}
