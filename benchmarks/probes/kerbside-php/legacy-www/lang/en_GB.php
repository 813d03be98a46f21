<?php

return [
    'login.title' => 'Sign in to Kerbside Rentals',
    'login.failed' => 'That e-mail and password combination was not recognised.',
    'licence.saved' => 'Thanks - your driving licence has been uploaded.',
];
