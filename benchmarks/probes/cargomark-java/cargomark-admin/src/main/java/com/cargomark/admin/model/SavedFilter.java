package com.cargomark.admin.model;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Search filter an admin saved in the customer list; kept client-side in a cookie. */
public class SavedFilter implements Serializable {

    @Serial
    private static final long serialVersionUID = 3L;

    private String name;
    private String country;
    private boolean onlyBlocked;
    private List<String> columns = new ArrayList<>();

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public boolean isOnlyBlocked() { return onlyBlocked; }
    public void setOnlyBlocked(boolean onlyBlocked) { this.onlyBlocked = onlyBlocked; }
    public List<String> getColumns() { return columns; }
    public void setColumns(List<String> columns) { this.columns = columns; }
}
