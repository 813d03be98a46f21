<?php

declare(strict_types=1);

namespace Lampkeep\Portal\Controllers;

use Lampkeep\Portal\Models\VolunteerRepository;

/**
 * Volunteer profiles. Coordinators can view any volunteer's profile.
 */
final class ProfileController extends BaseController
{
    public function __construct(private readonly VolunteerRepository $volunteers)
    {
    }

    public function show(\Base $f3): void
    {
        $this->renderProfile($f3, $this->me(), true);
    }

    public function view(\Base $f3, array $params): void
    {
        $id = (int) $params['id'];
        if ($id !== $this->me() && !$this->isCoordinator()) {
            $f3->error(403);
            return;
        }
        $this->renderProfile($f3, $id, $id === $this->me());
    }

    public function update(\Base $f3): void
    {
        $post = (array) $f3->get('POST');
        $fields = [
            'display_name' => mb_substr(trim((string) ($post['display_name'] ?? '')), 0, 80),
            'phone' => preg_replace('/[^0-9+ ]/', '', (string) ($post['phone'] ?? '')),
            'home_station' => mb_substr(trim((string) ($post['home_station'] ?? '')), 0, 60),
            'bio' => mb_substr(trim((string) ($post['bio'] ?? '')), 0, 2000),
            'emergency_contact' => mb_substr(trim((string) ($post['emergency_contact'] ?? '')), 0, 200),
        ];

        $website = trim((string) ($post['website'] ?? ''));
        if ($website === '' || filter_var($website, FILTER_VALIDATE_URL) !== false) {
            $fields['website'] = $website;
        } else {
            $this->flash($f3, 'The website address was not saved because it is not a valid URL.', 'error');
        }
        if ($fields['display_name'] === '') {
            unset($fields['display_name']);
        }

        $this->volunteers->updateProfile($this->me(), $fields);
        $f3->set('SESSION.volunteer.home_station', $fields['home_station']);
        $this->flash($f3, 'Profile saved.');
        $f3->reroute('/profile');
    }

    private function renderProfile(\Base $f3, int $id, bool $editable): void
    {
        $volunteer = $this->volunteers->find($id);
        if ($volunteer === null) {
            $f3->error(404);
            return;
        }
        $f3->mset([
            'profile' => $volunteer,
            'editable' => $editable,
            'stations' => (array) $f3->get('portal.stations'),
            'certificates' => $this->volunteers->certificates($id),
        ]);
        $this->render($f3, 'profile.htm', $volunteer['display_name']);
    }
}
