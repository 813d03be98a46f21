package coop.pressworks.orchard.service;

import coop.pressworks.orchard.model.OrchardModels.SprayApplication;
import coop.pressworks.orchard.model.OrchardModels.SprayImportResult;
import coop.pressworks.orchard.repository.OrchardRepository;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports the spray diary export produced by the growers' farm-management apps
 * (FarmTrack, OrchardLog) so that pre-harvest intervals can be checked at intake.
 */
@Singleton
public class SprayLogImportService {

    private final OrchardRepository orchards;
    private final XMLInputFactory xmlInputFactory;

    public SprayLogImportService(OrchardRepository orchards) {
        this.orchards = orchards;
        this.xmlInputFactory = XMLInputFactory.newFactory();
        this.xmlInputFactory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        this.xmlInputFactory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    public SprayImportResult importLog(long growerId, InputStream xml) {
        Set<String> knownBlocks = new HashSet<>(orchards.blockCodesForGrower(growerId));
        List<SprayApplication> accepted = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        int rejected = 0;
        XMLStreamReader reader = null;
        try {
            reader = xmlInputFactory.createXMLStreamReader(xml); // SAFE xxe
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT || !"application".equals(reader.getLocalName())) {
                    continue;
                }
                String block = reader.getAttributeValue(null, "block");
                if (block == null || !knownBlocks.contains(block)) {
                    rejected++;
                    messages.add("Unknown block " + block + " at line " + reader.getLocation().getLineNumber());
                    continue;
                }
                try {
                    accepted.add(new SprayApplication(
                            block,
                            LocalDate.parse(reader.getAttributeValue(null, "date")),
                            reader.getAttributeValue(null, "product"),
                            reader.getAttributeValue(null, "ai"),
                            new BigDecimal(reader.getAttributeValue(null, "rate")),
                            Integer.parseInt(reader.getAttributeValue(null, "rei")),
                            Integer.parseInt(reader.getAttributeValue(null, "phi"))));
                } catch (RuntimeException e) {
                    rejected++;
                    messages.add("Unreadable record at line " + reader.getLocation().getLineNumber());
                }
            }
        } catch (XMLStreamException e) {
            throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, "Spray log is not valid XML");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing useful to do
                }
            }
        }
        orchards.insertSprayApplications(growerId, accepted);
        return new SprayImportResult(accepted.size(), rejected, messages);
    }
}
