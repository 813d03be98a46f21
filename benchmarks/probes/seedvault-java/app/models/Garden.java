package models;

import io.ebean.Model;
import io.ebean.annotation.WhenCreated;
import io.ebean.annotation.WhenModified;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "garden")
public class Garden extends Model {

    @Id
    public Long id;

    @Column(unique = true, nullable = false, length = 16)
    public String code;

    @Column(nullable = false)
    public String name;

    public String region;

    /** Rich-text description edited by the garden curator in the profile page. */
    @Lob
    public String description;

    public String website;

    public String contactEmail;

    /** Endpoint the garden wants to be notified on when an exchange changes state. */
    public String webhookUrl;

    /** Handlebars body for the notification e-mail sent to this garden's curators. */
    @Lob
    public String emailTemplate;

    /** jte body for the printable packet label, customised per garden. */
    @Lob
    public String labelTemplate;

    public String logoPath;

    public boolean active = true;

    @WhenCreated
    public Instant createdAt;

    @WhenModified
    public Instant updatedAt;

    public String displayName() {
        return region == null || region.isBlank() ? name : name + " (" + region + ")";
    }
}
