package org.hemalink.donor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the hm_prefs cookie that remembers how a donor likes the portal laid out.
 * Cookies written before release 2.9 carry typed widget descriptors; newer ones are prefixed "v2.".
 */
@ApplicationScoped
public class PreferencesCodec {

    public record DisplayPreferences(String language, boolean largeText, boolean smsReminders, List<String> dashboardWidgets) {
        public static DisplayPreferences defaults() {
            return new DisplayPreferences("en", false, true, List.of("next-appointment", "donation-history"));
        }
    }

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ObjectMapper legacyMapper = new ObjectMapper()
            .activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);

    public DisplayPreferences fromCookie(String cookie) {
        if (cookie == null || cookie.isBlank()) {
            return DisplayPreferences.defaults();
        }
        try {
            if (cookie.startsWith("v2.")) {
                String json = new String(Base64.getUrlDecoder().decode(cookie.substring(3)), StandardCharsets.UTF_8);
                return mapper.readValue(json, DisplayPreferences.class); // SAFE deser
            }
            String json = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
            Object legacy = legacyMapper.readValue(json, Object.class); // VULN deser
            return fromLegacy(legacy);
        } catch (IOException | IllegalArgumentException e) {
            return DisplayPreferences.defaults();
        }
    }

    public String toCookie(DisplayPreferences prefs) {
        try {
            byte[] json = mapper.writeValueAsBytes(prefs);
            return "v2." + Base64.getUrlEncoder().withoutPadding().encodeToString(json);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode preferences", e);
        }
    }

    @SuppressWarnings("unchecked")
    private DisplayPreferences fromLegacy(Object legacy) {
        if (!(legacy instanceof Map<?, ?> map)) {
            return DisplayPreferences.defaults();
        }
        Object lang = map.get("lang");
        Object large = map.get("largeText");
        Object widgets = map.get("widgets");
        return new DisplayPreferences(
                lang instanceof String s ? s : "en",
                Boolean.TRUE.equals(large),
                true,
                widgets instanceof List<?> l ? (List<String>) l : DisplayPreferences.defaults().dashboardWidgets());
    }
}
