package org.stlukes.dispensa.ward.model;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.*;

import java.util.List;

@Entity
@Table(name = "formulary_item")
public class FormularyItem extends PanacheEntity {
    @Column(name = "generic_name", nullable = false)
    public String genericName;
    @Column(name = "brand_name")
    public String brandName;
    @Column(name = "atc_code", length = 7)
    public String atcCode;
    public String form;
    public String strength;
    public boolean controlled;
    @Column(name = "cd_schedule")
    public Integer schedule;
    public boolean active;

    public static List<FormularyItem> findActiveByAtc(String atcPrefix) {
        return find("active = true and atcCode like ?1", atcPrefix + "%").list();
    }
}
