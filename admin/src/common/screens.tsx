import type { ComponentType } from 'react';
import { Create, Edit } from 'react-admin';

// The edit and create pages every writable resource shares: its form, saved pessimistically
// (a refusal leaves the form as it was, errors beside the fields), then its show page.
export const editScreen = (Form: ComponentType) =>
  function EditScreen() {
    return (
      <Edit mutationMode="pessimistic" redirect="show">
        <Form />
      </Edit>
    );
  };

export const createScreen = (Form: ComponentType) =>
  function CreateScreen() {
    return (
      <Create redirect="show">
        <Form />
      </Create>
    );
  };
