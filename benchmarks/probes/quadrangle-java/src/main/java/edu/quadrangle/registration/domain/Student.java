package edu.quadrangle.registration.domain;

import jakarta.persistence.*;

@Entity
@Table(name = "student")
public class Student {

    @Id
    private Long id;
    @Column(name = "net_id", nullable = false, unique = true)
    private String netId;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String email;
    private String program;

    public Long getId() { return id; }
    public String getNetId() { return netId; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getEmail() { return email; }
    public String getProgram() { return program; }
}
