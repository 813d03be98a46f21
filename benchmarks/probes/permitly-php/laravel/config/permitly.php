<?php

return [

    /*
    | Document storage. Uploaded drawings, photos and plan sets live on the
    | shared NFS volume that the legacy counter module also reads from.
    */
    'documents' => [
        'root' => env('PERMITLY_DOCUMENT_ROOT', storage_path('app/permit-documents')),
        'plan_sets' => env('PERMITLY_PLANSET_ROOT', storage_path('app/plan-sets')),
        'max_upload_kb' => 51200,
        'previewable' => ['txt', 'csv', 'xml', 'json'],
    ],

    'gis' => [
        'base_url' => env('GIS_BASE_URL', 'https://gis.cityofpermitly.gov/arcgis/rest/services'),
        'api_key' => env('GIS_API_KEY'), // SAFE secret
        'ca_bundle' => env('GIS_CA_BUNDLE', storage_path('certs/city-internal-ca.pem')),
        'trusted_hosts' => [
            'gis.cityofpermitly.gov',
            'maps.county.permitly.gov',
        ],
    ],

    'jwt' => [
        'api_public_key' => env('PERMITLY_API_PUBLIC_KEY_PATH', storage_path('keys/api-public.pem')),
        'sso_public_key' => env('PERMITLY_SSO_PUBLIC_KEY_PATH', storage_path('keys/sso-public.pem')),
        'sso_issuer' => env('PERMITLY_SSO_ISSUER', 'https://login.cityofpermitly.gov'),
        'leeway' => 30,
    ],

    'sso' => [
        'portal_hosts' => [
            'login.cityofpermitly.gov',
            'portal.cityofpermitly.gov',
            'pay.cityofpermitly.gov',
        ],
    ],

    'webhooks' => [
        'hook_prefix' => 'https://hooks.permitly.gov',
        'timeout' => 4,
    ],

    'cors' => [
        'max_age' => 600,
    ],

    'pdf' => [
        'binary' => env('WKHTMLTOPDF_BIN', '/usr/local/bin/wkhtmltopdf'),
        'output' => storage_path('app/statements'),
    ],

    'fees' => [
        'footer_template' => 'Statement {{ $statement->statement_number }} &middot; Development Services, 100 Civic Plaza &middot; Payable within 30 days',
        'currency' => 'USD',
    ],

    'ldap' => [
        'host' => env('LICENCE_LDAP_HOST', 'ldaps://licensing.state.example.gov'),
        'base_dn' => env('LICENCE_LDAP_BASE', 'ou=contractors,dc=licensing,dc=state,dc=example,dc=gov'),
        'bind_dn' => env('LICENCE_LDAP_BIND_DN'),
        'bind_password' => env('LICENCE_LDAP_BIND_PASSWORD'),
    ],

    'inspections' => [
        'types' => ['footing', 'framing', 'electrical_rough', 'plumbing_rough', 'insulation', 'final'],
        'daily_capacity' => 14,
    ],
];
