<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;

class StoreStudentRequest extends FormRequest
{
    public function rules(): array
    {
        return [
            'first_name' => ['required', 'string', 'max:80'],
            'last_name' => ['required', 'string', 'max:80'],
            'email' => ['required', 'email', 'unique:students,email'],
            'instrument' => ['required', 'string', 'max:40'],
            'level' => ['required', 'integer', 'between:1,8'],
            'password' => ['required', 'string', 'min:10'],
        ];
    }
}
