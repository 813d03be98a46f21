package edu.quadrangle.registration.service;

import edu.quadrangle.registration.web.dto.WizardState;
import java.io.*;
import java.util.Base64;
import org.springframework.stereotype.Service;

/** Keeps the multi-step enrollment wizard state client-side between page loads. */
@Service
public class SessionStateService {

    public String serialize(WizardState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    public WizardState restore(String cookieValue) {
        byte[] raw = Base64.getUrlDecoder().decode(cookieValue);
        try {
            return (WizardState) new ObjectInputStream(new ByteArrayInputStream(raw)).readObject(); // VULN deser
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return WizardState.fresh();
        }
    }
}
