package models;

import io.ebean.Model;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "member")
public class Member extends Model {

    public enum Role { VOLUNTEER, CURATOR, LAB, ADMIN }

    @Id
    public Long id;

    @Column(unique = true, nullable = false)
    public String username;

    public String email;

    public String passwordHash;

    /** "md5" for accounts migrated from the old portal, "pbkdf2" otherwise. */
    public String hashScheme;

    public String salt;

    public Role role = Role.VOLUNTEER;

    @ManyToOne
    public Garden garden;

    public String resetToken;

    public Instant resetTokenExpiry;

    public Instant lastLoginAt;
}
