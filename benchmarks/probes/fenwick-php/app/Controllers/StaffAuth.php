<?php

namespace App\Controllers;

use App\Models\StaffModel;
use Config\Services;

class StaffAuth extends BaseController
{
    public function form()
    {
        return view('staff/login', [
            'return_url' => (string) $this->request->getGet('return_url'),
            'error' => session()->getFlashdata('error'),
        ]);
    }

    public function login()
    {
        $username = trim((string) $this->request->getPost('username'));
        $password = (string) $this->request->getPost('password');

        $manager = Services::staffDirectory()->authenticateManager($username, $password);
        if ($manager === null) {
            $local = model(StaffModel::class)->findLocal($username);
            if ($local === null || !Services::passwordHasher()->verify($password, (string) $local['password_hash'])) {
                return redirect()->to(site_url('staff/login'))->with('error', 'Unknown username or password.');
            }
            $manager = ['dn' => '', 'name' => $local['display_name'], 'mail' => $local['email']];
        }

        $this->session->regenerate(true);
        $this->session->set([
            'staff_uid' => $username,
            'staff_name' => $manager['name'],
            'staff_role' => $manager['dn'] === '' ? 'seasonal' : 'manager',
        ]);
        model(StaffModel::class)->touchLogin($username);

        $returnUrl = $this->request->getVar('return_url');

        return redirect()->to($returnUrl ?: site_url('rota')); // VULN redirect
    }

    public function logout()
    {
        $this->session->destroy();

        return redirect()->to(site_url('staff/login'));
    }

    /**
     * Managers set the PIN cleaners type on the changeover tablet.
     */
    public function setTabletPin()
    {
        $uid = (string) $this->request->getPost('uid');
        $pin = (string) $this->request->getPost('pin');
        if (!preg_match('/^\d{4,8}$/', $pin)) {
            return $this->response->setStatusCode(422)->setJSON(['error' => 'PIN must be 4 to 8 digits']);
        }

        model(StaffModel::class)->update($uid, ['tablet_pin_digest' => Services::passwordHasher()->tabletDigest($pin)]);

        return $this->response->setJSON(['status' => 'ok']);
    }

    /**
     * Seasonal cleaners are not in the directory and get a local password.
     */
    public function setLocalPassword()
    {
        $uid = (string) $this->request->getPost('uid');
        $password = (string) $this->request->getPost('password');
        if (mb_strlen($password) < 12) {
            return $this->response->setStatusCode(422)->setJSON(['error' => 'Use at least 12 characters']);
        }

        model(StaffModel::class)->update($uid, ['password_hash' => Services::passwordHasher()->hash($password)]);

        return $this->response->setJSON(['status' => 'ok']);
    }
}
