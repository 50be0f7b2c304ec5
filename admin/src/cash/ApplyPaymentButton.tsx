import { Button, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import PlaylistAddCheck from '@mui/icons-material/PlaylistAddCheck';

/** Opens the cash application screen for a payment that still has unapplied cash. */
export function ApplyPaymentButton() {
  const payment = useRecordContext();
  if (!payment || !(Number(payment.unapplied_amount) > 0)) return null;
  return (
    <Button
      component={Link}
      to={`/payments/${payment.id}/apply`}
      label="cd.action.apply_payment"
      onClick={(event) => event.stopPropagation()}
    >
      <PlaylistAddCheck />
    </Button>
  );
}
