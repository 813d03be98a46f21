package com.cargomark.admin.model;

import java.io.Serializable;

public record AdminUser(long id, String username, String displayName, boolean superuser) implements Serializable {
}
