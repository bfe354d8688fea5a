import { BellOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { applyFieldErrors, errorMessage } from '../../app/errors';
import type { Schemas } from '../../app/types';
import { useCreateSavedSearch } from './queries';

interface Values {
  name: string;
  alerts: boolean;
}

/** Saves the current words and filters of the search page, with alerts on by default. */
export function SaveSearchButton({ query }: { query: Schemas['SavedSearchQueryDto'] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const create = useCreateSavedSearch();

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await create.mutateAsync({ name: values.name, alerts: values.alerts, query });
      setOpen(false);
      message.success(t('savedSearch.saved'));
    } catch (error) {
      if (!applyFieldErrors(form, t, error)) message.error(errorMessage(t, error));
    }
  };

  return (
    <>
      <Button
        icon={<BellOutlined />}
        onClick={() => {
          form.setFieldsValue({ name: query.q ?? '', alerts: true });
          setOpen(true);
        }}
      >
        {t('savedSearch.save')}
      </Button>
      <Modal
        title={t('savedSearch.save')}
        open={open}
        onOk={submit}
        okText={t('savedSearch.confirm')}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="name"
            label={t('savedSearch.name')}
            rules={[{ required: true, whitespace: true, message: t('savedSearch.nameRequired') }, { max: 60 }]}
          >
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="alerts" label={t('savedSearch.alerts')} valuePropName="checked" extra={t('savedSearch.alertsHelp')}>
            <Switch />
          </Form.Item>
        </Form>
        <Link to="/saved-searches">{t('savedSearch.manage')}</Link>
      </Modal>
    </>
  );
}
