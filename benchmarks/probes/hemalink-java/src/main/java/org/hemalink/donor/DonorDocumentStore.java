package org.hemalink.donor;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hemalink.common.PathGuard;

/**
 * File storage for donor photos and signed consent forms.
 */
@ApplicationScoped
public class DonorDocumentStore {

    @ConfigProperty(name = "hemalink.storage.donor-photos")
    String photoRoot;

    @ConfigProperty(name = "hemalink.storage.consent-forms")
    String consentRoot;

    public byte[] readPhoto(String photoFile) throws IOException {
        if (photoFile == null || photoFile.isBlank()) {
            return placeholder();
        }
        return Files.readAllBytes(Path.of(photoRoot, photoFile)); // VULN path
    }

    public byte[] readConsentForm(String donorNumber, String formName) throws IOException {
        Path donorDir = Path.of(consentRoot, donorNumber);
        Path form = PathGuard.resolveWithin(donorDir, formName + ".pdf");
        return Files.readAllBytes(form); // SAFE path
    }

    private byte[] placeholder() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/img/donor-placeholder.jpg")) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }
}
