<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'payhub' => [
        'url' => env('PAYHUB_URL', 'https://api.payhub.com'),
        'key' => env('PAYHUB_SECRET_KEY'), // SAFE secret
        'merchant_id' => env('PAYHUB_MERCHANT_ID'),
        'ca_bundle' => env('PAYHUB_CA_BUNDLE', '/etc/ssl/certs/ca-certificates.crt'),
    ],

    'mongodb' => [
        'uri' => env('MONGODB_URI', 'mongodb://127.0.0.1:27017'),
        'database' => env('MONGODB_DATABASE', 'leasewise'),
    ],

    'ldap' => [
        'host' => env('LDAP_HOST', 'ldaps://ldap.leasewise.internal'),
        'base_dn' => env('LDAP_BASE_DN', 'ou=staff,dc=leasewise,dc=internal'),
        'bind_dn' => env('LDAP_BIND_DN', 'cn=directory-reader,dc=leasewise,dc=internal'),
        'password' => env('LDAP_BIND_PASSWORD'),
    ],

];
